package atlas.core.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The newest backup that was read back whole after writing, as the status line shows it.
 *
 * @param lastVerified when it was written, or null when no backup was verified yet
 * @param file         the backup file, or null
 * @param overdue      whether it is older than the plan's limit (or missing): the status line warns
 * @param lastFailure  why the latest backup failed, or null when it succeeded
 */
public record BackupStatus(Instant lastVerified, Path file, boolean overdue, String lastFailure) {
}
