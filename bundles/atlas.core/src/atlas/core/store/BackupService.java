package atlas.core.store;

import java.nio.file.Path;

/**
 * Backups of the embedded clinical database: one file each, taken while Atlas runs, verified
 * before any restore. (A shared PostgreSQL server is backed up by the server's own tools.)
 */
public interface BackupService {

    /** Writes a consistent copy of the open database to {@code target} (a .zip file). */
    BackupCheck backup(Path target) throws StoreException;

    /** Reads a backup through and opens its copy read-only; says what it holds or why it is damaged. */
    BackupCheck verify(Path backup) throws StoreException;

    /** Where and when backups are written on this workstation. */
    BackupPlan plan() throws StoreException;

    /**
     * Sets where and when backups are written: the administrator's task (audited). The destination
     * is created if missing and must be writable.
     *
     * @throws atlas.core.security.AccessDeniedException for a role that may not back up (audited)
     */
    void plan(BackupPlan plan) throws StoreException;

    /** A backup into the plan's destination now: written, read back whole, old ones thinned. */
    BackupCheck backupNow() throws StoreException;

    /** The newest verified backup and whether it is older than the plan allows. */
    BackupStatus status();

    /** Free bytes at {@code folder} (for choosing a destination), or -1 when it cannot be told. */
    static long freeSpace(Path folder) {
        try {
            Path existing = folder.toAbsolutePath();
            while (existing != null && !java.nio.file.Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? -1 : java.nio.file.Files.getFileStore(existing).getUsableSpace();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
