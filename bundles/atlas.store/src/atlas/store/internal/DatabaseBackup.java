package atlas.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import atlas.core.store.BackupCheck;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * Backup, verification and restore of the embedded database. A backup is H2's online BACKUP TO:
 * a zip holding a consistent copy of atlas.mv.db, written while other sessions keep working. The
 * copy is as encrypted as the file, and the zip also holds the key file (atlas.keys: the key only
 * wrapped by the users' passwords and the recovery key), so a backup restored on a new PC opens
 * with the same passwords and nothing else. A restore verifies the backup completely before
 * touching the data folder, and keeps the database it replaces beside it: nothing is deleted.
 */
public final class DatabaseBackup {

    static final String DATABASE_FILE = DatabaseSettings.DATABASE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseBackup() {
    }

    /** Online backup through an open session of the database. */
    /**
     * @param dataFolder the data folder of the database backed up, whose key file goes into the zip
     * @param fileKey    the file key it is encrypted with (see {@link #verify})
     */
    static BackupCheck backup(Connection connection, Path target, Path dataFolder, String fileKey)
            throws StoreException {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            Path keyFile = dataFolder.resolve(DatabaseKeys.FILE);
            if (Files.exists(keyFile)) {
                try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(partial)) {
                    Files.copy(keyFile, zip.getPath(DatabaseKeys.FILE));
                }
            }
            // Only a complete file gets the final name.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, target.toString(), e);
        }
        return verify(target, fileKey);
    }

    /**
     * Reads every entry of the backup (the zip checks each entry's CRC), then opens the database
     * copy read-only in a scratch folder and reads its schema version and patient count.
     *
     * @param fileKey the file key of the database the backup was taken of, as the running Atlas
     *                has it, or as {@link #keyOf} opens it from the backup; null when not encrypted
     */
    public static BackupCheck verify(Path backup, String fileKey) throws StoreException {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("atlas-verify");
            boolean encrypted = extract(backup, scratch);
            DatabaseSettings copy = DatabaseSettings.embedded(scratch);
            if (encrypted) {
                if (fileKey == null) {
                    throw new StoreException(StoreProblem.DATABASE_LOCKED, backup.toString());
                }
                copy = copy.encrypted(fileKey);
            }
            String url = copy.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
            try (Connection connection = new org.h2.Driver().connect(url, copy.credentials());
                    Statement statement = connection.createStatement()) {
                int version = SchemaVersion.read(connection);
                long patients = 0;
                if (version > 0) {
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PATIENT")) {
                        rows.next();
                        patients = rows.getLong(1);
                    }
                }
                if (version == 0) {
                    throw new SQLException("no Atlas schema in the backup");
                }
                return new BackupCheck(backup, version, patients, Files.size(backup));
            }
        } catch (SQLException e) {
            // H2 90049: the copy does not open with this key (another clinic's backup, say)
            throw new StoreException(e.getErrorCode() == 90049 ? StoreProblem.KEY_NOT_OPENED
                    : StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /**
     * The file key of a backup on its own (the command line, Atlas not running): its key file
     * opened with a user's name and password, or with the recovery key when {@code username} is
     * null; no secret is needed while the key was still unprotected. Null for a backup from before
     * encryption, which needs no key. Only the key file is read from the zip.
     *
     * @throws StoreException KEY_NOT_OPENED when the password or recovery key does not open it,
     *                        DATABASE_LOCKED when a secret is needed and none was given
     */
    public static String keyOf(Path backup, String username, char[] secret) throws StoreException {
        Path scratch = null;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            ZipEntry keys = zip.getEntry(DatabaseKeys.FILE);
            if (keys == null) {
                return null;
            }
            scratch = Files.createTempDirectory("atlas-key");
            try (InputStream in = zip.getInputStream(keys)) {
                Files.copy(in, scratch.resolve(DatabaseKeys.FILE));
            }
            FileEncryption encryption = new FileEncryption(scratch);
            if (encryption.unlockUnprotected()) {
                return encryption.fileKey();
            }
            if (secret == null) {
                throw new StoreException(StoreProblem.DATABASE_LOCKED, backup.toString());
            }
            boolean unlocked = username == null ? encryption.unlockWithRecoveryKey(secret)
                    : encryption.unlock(username, secret);
            if (!unlocked) {
                throw new StoreException(StoreProblem.KEY_NOT_OPENED, backup.toString());
            }
            return encryption.fileKey();
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /**
     * Restores a verified backup into a data folder where no Atlas runs. The database there, if
     * any, is renamed to atlas.mv.db.replaced-&lt;time&gt; and kept.
     */
    public static BackupCheck restore(Path backup, Path dataFolder, String fileKey) throws StoreException {
        BackupCheck check = verify(backup, fileKey);
        if (check.schemaVersion() > SchemaVersion.CURRENT) {
            throw new StoreException(StoreProblem.DATABASE_TOO_NEW, backup.toString());
        }
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            Path current = dataFolder.resolve(DATABASE_FILE);
            Path incoming = Files.createTempDirectory(dataFolder, ".restore");
            try {
                boolean encrypted = extract(backup, incoming);
                String replaced = ".replaced-" + LocalDateTime.now().format(STAMP);
                Path currentKeys = dataFolder.resolve(DatabaseKeys.FILE);
                // the database and its key file go together, both kept beside the restored ones
                if (Files.exists(currentKeys)) {
                    Files.move(currentKeys, dataFolder.resolve(DatabaseKeys.FILE + replaced));
                }
                if (Files.exists(current)) {
                    Files.move(current, dataFolder.resolve(DATABASE_FILE + replaced));
                }
                if (encrypted) {
                    Files.move(incoming.resolve(DatabaseKeys.FILE), currentKeys);
                }
                Files.move(incoming.resolve(DATABASE_FILE), current);
            } finally {
                deleteQuietly(incoming);
            }
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, dataFolder.toString(), e);
        }
        return check;
    }

    /** The file name of a backup taken now, in the data folder's backups folder. */
    static Path timestamped(Path dataFolder) {
        return dataFolder.resolve("backups").resolve("atlas-" + LocalDateTime.now().format(STAMP) + ".zip");
    }

    /** Keeps the newest {@code keep} backups of the backups folder and deletes older ones. */
    static void prune(Path backups, int keep) throws IOException {
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().matches("atlas-\\d{8}-\\d{6}\\.zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).collect(Collectors.toList());
            for (Path old : sorted.subList(Math.min(keep, sorted.size()), sorted.size())) {
                Files.delete(old);
            }
        }
    }

    /** @return whether the backup holds a key file, i.e. is encrypted */
    private static boolean extract(Path backup, Path folder) throws IOException {
        boolean found = false;
        boolean keys = false;
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DATABASE_FILE)) {
                    Files.copy(zip, folder.resolve(DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                } else if (entry.getName().equals(DatabaseKeys.FILE)) {
                    Files.copy(zip, folder.resolve(DatabaseKeys.FILE), StandardCopyOption.REPLACE_EXISTING);
                    keys = true;
                } else {
                    zip.transferTo(java.io.OutputStream.nullOutputStream()); // still checks its CRC
                }
            }
        }
        if (!found) {
            throw new IOException("no " + DATABASE_FILE + " in " + backup);
        }
        return keys;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a scratch folder in the temp directory; the OS cleans it up
        }
    }
}
