package atlas.core.store;

import java.nio.file.Path;

/**
 * What a verified backup holds.
 *
 * @param file          the backup file
 * @param schemaVersion the schema version of the database in it
 * @param patients      how many patients it holds
 * @param bytes         the file's size
 */
public record BackupCheck(Path file, int schemaVersion, long patients, long bytes) {
}
