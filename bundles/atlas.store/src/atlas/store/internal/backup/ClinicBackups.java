package atlas.store.internal.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.BackupCheck;
import atlas.core.store.BackupPlan;
import atlas.core.store.BackupStatus;
import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * The backups of one workstation's embedded database as its plan says (see {@link BackupPlan}):
 * the plan and the newest verified backup are kept in the data folder ({@value #PLAN_FILE},
 * {@value #STATUS_FILE}, owner-only); each planned backup is written into the destination under a
 * time-stamped name, read back whole (the write itself verifies, {@link DatabaseBackup#backup}),
 * recorded, and the destination thinned ({@link BackupThinning}). Only files named like Atlas's
 * backups are ever deleted there.
 */
public final class ClinicBackups {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicBackups.class);
    static final String PLAN_FILE = "backup-plan.properties";
    static final String STATUS_FILE = "backup-status.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String NAME = "atlas-(\\d{8}-\\d{6})\\.zip";

    /** Writes a backup of the open database into a file, verified (the store's own writer). */
    interface Writer {
        BackupCheck write(Path target) throws StoreException;
    }

    /** The open database as the plan's backups use it. */
    interface Store {
        BackupCheck write(Path target) throws StoreException;

        /** An audit entry of a backup Atlas wrote by its plan (not by a user's hand). */
        void audit(String detail) throws StoreException;

        boolean isOpen();
    }

    private final Path dataFolder;
    /** Looks each minute whether the day's backup is due, while the database is open. */
    private java.util.concurrent.ScheduledExecutorService daily;

    public ClinicBackups(Path dataFolder) {
        this.dataFolder = dataFolder.toAbsolutePath();
    }

    BackupPlan plan() {
        Properties saved = read(PLAN_FILE);
        BackupPlan defaults = BackupPlan.defaults(dataFolder);
        try {
            String destination = saved.getProperty("destination");
            String dailyAt = saved.getProperty("dailyAt", "");
            String limitDays = saved.getProperty("limitDays");
            return new BackupPlan(destination == null ? defaults.destination() : Path.of(destination),
                    dailyAt.isBlank() ? null : LocalTime.parse(dailyAt),
                    limitDays == null ? defaults.limit() : Duration.ofDays(Integer.parseInt(limitDays)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            LOG.warn("{} cannot be read ({}); backups follow the defaults", dataFolder.resolve(PLAN_FILE), e.getMessage());
            return defaults;
        }
    }

    /** Checks that the destination can take backups (made if missing), then keeps the plan. */
    void save(BackupPlan plan) throws StoreException {
        Path destination = plan.destination();
        try {
            if (!Files.isDirectory(destination)) {
                OwnerOnly.folder(destination);
            }
            Path probe = Files.createTempFile(destination, ".atlas-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(StoreProblem.BACKUP_DESTINATION_NOT_WRITABLE, destination.toString(), e);
        }
        Properties saved = new Properties();
        saved.setProperty("destination", destination.toString());
        saved.setProperty("dailyAt", plan.dailyAt() == null ? "" : plan.dailyAt().toString());
        saved.setProperty("limitDays", Long.toString(plan.limit().toDays()));
        write(PLAN_FILE, saved);
    }

    /** A planned backup now: written to the destination, verified, recorded, old ones thinned. */
    BackupCheck backUp(Writer writer, LocalDateTime now) throws StoreException {
        Path destination = plan().destination();
        Path target = destination.resolve("atlas-" + now.format(STAMP) + ".zip");
        BackupCheck check;
        try {
            check = writer.write(target);
        } catch (StoreException failed) {
            record(null, null, failed.describe());
            throw failed;
        }
        record(now.atZone(ZoneId.systemDefault()).toInstant(), target, null);
        thin(destination);
        return check;
    }

    /**
     * A backup by the plan (on close, or the day's), whoever is signed in: written, verified,
     * thinned and audited; a failure is logged and shown by the status line, never stops a close.
     */
    void planned(String when, Store store) {
        try {
            BackupCheck check = backUp(store::write, LocalDateTime.now());
            store.audit(when + " " + WorkstationBackups.describe(check));
        } catch (StoreException | RuntimeException e) {
            LOG.error("The {} backup failed: {}", when, e.getMessage(), e);
        }
    }

    synchronized void startDaily(Store store) {
        daily = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "Atlas daily backup");
            thread.setDaemon(true);
            return thread;
        });
        daily.scheduleWithFixedDelay(() -> {
            if (store.isOpen() && dailyDue(LocalDateTime.now())) {
                planned("daily:", store);
            }
        }, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Stops looking; a backup under way is finished first (never interrupted: H2 would close its file). */
    synchronized void stopDaily() {
        if (daily != null) {
            daily.shutdown();
            try {
                daily.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            daily = null;
        }
    }

    /** Whether the day's backup is due: its time has come today and none was verified since. */
    public boolean dailyDue(LocalDateTime now) {
        LocalTime at = plan().dailyAt();
        if (at == null || now.toLocalTime().isBefore(at)) {
            return false;
        }
        Instant since = now.toLocalDate().atTime(at).atZone(ZoneId.systemDefault()).toInstant();
        Instant last = status(Instant.now()).lastVerified();
        return last == null || last.isBefore(since);
    }

    public BackupStatus status(Instant now) {
        Properties saved = read(STATUS_FILE);
        Instant last = null;
        try {
            String millis = saved.getProperty("lastVerified");
            last = millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            LOG.warn("{} cannot be read: the last verified backup is unknown", dataFolder.resolve(STATUS_FILE));
        }
        String file = saved.getProperty("file");
        boolean overdue = last == null || Duration.between(last, now).compareTo(plan().limit()) > 0;
        return new BackupStatus(last, file == null ? null : Path.of(file), overdue, saved.getProperty("lastFailure"));
    }

    private void record(Instant verified, Path file, String failure) {
        Properties saved = read(STATUS_FILE);
        if (verified != null) {
            saved.setProperty("lastVerified", Long.toString(verified.toEpochMilli()));
            saved.setProperty("file", file.toString());
            saved.remove("lastFailure");
        } else {
            saved.setProperty("lastFailure", failure);
        }
        try {
            write(STATUS_FILE, saved);
        } catch (StoreException e) {
            LOG.error("The backup status could not be kept in {}: {}", dataFolder.resolve(STATUS_FILE), e.getMessage());
        }
    }

    /** Deletes the backups of the destination the rotation does not keep. */
    public static void thin(Path destination) {
        List<LocalDateTime> taken = new ArrayList<>();
        try (Stream<Path> files = Files.list(destination)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches(NAME))
                    .forEach(n -> taken.add(LocalDateTime.parse(n.substring(6, 21), STAMP)));
        } catch (IOException | DateTimeParseException e) {
            LOG.warn("Old backups in {} were not thinned: {}", destination, e.getMessage());
            return;
        }
        Set<LocalDateTime> kept = BackupThinning.keep(taken);
        for (LocalDateTime time : taken) {
            if (!kept.contains(time)) {
                Path old = destination.resolve("atlas-" + time.format(STAMP) + ".zip");
                try {
                    Files.deleteIfExists(old);
                } catch (IOException e) {
                    LOG.warn("Old backup {} could not be deleted: {}", old, e.getMessage());
                }
            }
        }
    }

    private Properties read(String name) {
        Properties properties = new Properties();
        Path file = dataFolder.resolve(name);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                LOG.warn("{} cannot be read: {}", file, e.getMessage());
            }
        }
        return properties;
    }

    /** Written whole beside it, then renamed: a crash leaves the old file or the new one. */
    private void write(String name, Properties properties) throws StoreException {
        Path file = dataFolder.resolve(name);
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "Atlas backups of this workstation (written by Atlas)");
            Path partial = dataFolder.resolve(name + ".partial");
            OwnerOnly.write(partial, new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, file.toString(), e);
        }
    }
}
