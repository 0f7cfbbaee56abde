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
}
