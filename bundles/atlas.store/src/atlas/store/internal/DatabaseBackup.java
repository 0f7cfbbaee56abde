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
 * a zip holding a consistent copy of atlas.mv.db, written while other sessions keep working.
 * A restore verifies the backup completely before touching the data folder, and keeps the
 * database it replaces beside it: nothing is ever deleted.
 */
public final class DatabaseBackup {

    static final String DATABASE_FILE = DatabaseSettings.DATABASE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseBackup() {
    }

    /** Online backup through an open session of the database. */
    static BackupCheck backup(Connection connection, Path target) throws StoreException {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            // Only a complete file gets the final name.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, target.toString(), e);
        }
        return verify(target);
    }

    /**
     * Reads every entry of the backup (the zip checks each entry's CRC), then opens the database
     * copy read-only in a scratch folder and reads its schema version and patient count.
     */
    public static BackupCheck verify(Path backup) throws StoreException {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("atlas-verify");
            extract(backup, scratch);
            String url = "jdbc:h2:file:" + scratch.resolve(DatabaseSettings.DATABASE_NAME)
                    + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
            try (Connection connection = new org.h2.Driver().connect(url,
                    DatabaseSettings.embedded(scratch).credentials());
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
        } catch (IOException | SQLException e) {
            throw new StoreException(StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /**
     * Restores a verified backup into a data folder where no Atlas runs. The database there, if
     * any, is renamed to atlas.mv.db.replaced-&lt;time&gt; and kept.
     */
    public static BackupCheck restore(Path backup, Path dataFolder) throws StoreException {
        BackupCheck check = verify(backup);
        if (check.schemaVersion() > SchemaVersion.CURRENT) {
            throw new StoreException(StoreProblem.DATABASE_TOO_NEW, backup.toString());
        }
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            Path current = dataFolder.resolve(DATABASE_FILE);
            Path incoming = Files.createTempDirectory(dataFolder, ".restore");
            try {
                extract(backup, incoming);
                if (Files.exists(current)) {
                    Files.move(current, dataFolder.resolve(DATABASE_FILE + ".replaced-" + LocalDateTime.now().format(STAMP)));
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

    private static void extract(Path backup, Path folder) throws IOException {
        boolean found = false;
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DATABASE_FILE)) {
                    Files.copy(zip, folder.resolve(DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                } else {
                    zip.transferTo(java.io.OutputStream.nullOutputStream()); // still checks its CRC
                }
            }
        }
        if (!found) {
            throw new IOException("no " + DATABASE_FILE + " in " + backup);
        }
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
