package atlas.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Where and when a workstation's embedded database is backed up. A backup on the database's own
 * disk is lost with that disk or a stolen PC, so an administrator chooses a destination elsewhere
 * (another disk, a network share); besides the backup on every close, one runs at a set time each
 * day while Atlas is open. Every backup is read back whole after writing, and old ones are thinned
 * to {@value #DAILY} daily, {@value #WEEKLY} weekly and {@value #MONTHLY} monthly (a
 * grandfather-father-son rotation). The status line warns when the newest verified backup is older
 * than {@code limit}.
 *
 * @param destination the folder backups are written to
 * @param dailyAt     the time of the daily backup, or null for none (backups on close only)
 * @param limit       how old the newest verified backup may grow before Atlas warns
 */
public record BackupPlan(Path destination, LocalTime dailyAt, Duration limit) {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int MONTHLY = 12;
    public static final Duration DEFAULT_LIMIT = Duration.ofDays(2);
    public static final int LONGEST_LIMIT_DAYS = 30;

    public BackupPlan {
        if (destination == null || !destination.isAbsolute()) {
            throw new IllegalArgumentException("destination must be an absolute folder, not " + destination);
        }
        if (limit == null || limit.compareTo(Duration.ofDays(1)) < 0
                || limit.compareTo(Duration.ofDays(LONGEST_LIMIT_DAYS)) > 0) {
            throw new IllegalArgumentException("limit must be 1 to " + LONGEST_LIMIT_DAYS + " days, not " + limit);
        }
    }

    /** The plan of a workstation nobody configured: backups on close into the data folder, warned after 2 days. */
    public static BackupPlan defaults(Path dataFolder) {
        return new BackupPlan(dataFolder.toAbsolutePath().resolve("backups"), null, DEFAULT_LIMIT);
    }

    /** Whether {@code destination} lies in the data folder, on the database's own disk. */
    public static boolean onTheDatabaseDisk(Path destination, Path dataFolder) {
        return destination.toAbsolutePath().normalize().startsWith(dataFolder.toAbsolutePath().normalize());
    }
}
