package atlas.core.store;

import java.nio.file.Path;

/**
 * What a verified backup holds.
 *
 * @param file          the backup file
 * @param schemaVersion the schema version of the database in it
 * @param patients      how many patients it holds
 * @param bytes         the file's size
 * @param rows          the rows read, every one of every table (and every index entry besides)
 * @param auditEntries  the audit entries whose hash chain was recomputed and found intact
 */
public record BackupCheck(Path file, int schemaVersion, long patients, long bytes, long rows, long auditEntries) {
}
