package atlas.store.internal.backup;

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

import atlas.core.security.Permission;
import atlas.core.store.BackupCheck;
import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.DataFolderLock;
import atlas.store.internal.DatabaseCheck;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.SchemaVersion;
import atlas.store.internal.access.Permissions;
import atlas.store.internal.audit.AuditSeal;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.keys.FileEncryption;

/**
 * Backup, verification and restore of the embedded database. A backup is H2's online BACKUP TO:
 * a zip holding a consistent copy of atlas.mv.db, written while other sessions keep working. The
 * copy is as encrypted as the file, and the zip also holds the key file (atlas.keys: the key only
 * wrapped by the users' passwords and the recovery key), so a backup restored on a new PC opens
 * with the same passwords and nothing else. A restore verifies the backup completely before
 * touching the data folder, and keeps the database it replaces beside it: nothing is deleted.
 */
public final class DatabaseBackup {

    public static final String DATABASE_FILE = DatabaseSettings.DATABASE_NAME + ".mv.db";
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
        // the key file as a backup carries it: slots only, never an unwrapped key (refused before
        // anything is written while no password protects the key)
        byte[] keys = fileKey == null ? null : DatabaseKeys.read(dataFolder).protectedCopy();
        Path staging = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                OwnerOnly.folder(folder);
            }
            // written in a folder of its own that only the owner may enter, so the copy is never
            // readable by others, whatever the umask; only a complete, owner-only file gets the name
            staging = Files.createTempDirectory(folder, ".atlas-backup");
            OwnerOnly.folder(staging);
            Path partial = staging.resolve(target.getFileName());
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            OwnerOnly.file(partial);
            Path checkpoints = dataFolder.resolve(AuditSeal.FILE);
            if (keys != null || Files.exists(checkpoints)) {
                try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(partial)) {
                    if (keys != null) {
                        Files.write(zip.getPath(DatabaseKeys.FILE), keys);
                    }
                    if (Files.exists(checkpoints)) {
                        // the signed heads travel with the copy they vouch for (see AuditSeal)
                        Files.copy(checkpoints, zip.getPath(AuditSeal.FILE));
                    }
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, target.toString(), e);
        } finally {
            deleteQuietly(staging);
        }
        return verify(target, fileKey);
    }

    /**
     * Reads every entry of the backup (the zip checks each entry's CRC), then reads its database
     * copy whole, read-only in a scratch folder: every page of every table and index, and the audit
     * chain (see {@link DatabaseCheck}).
     *
     * @param fileKey the file key of the database the backup was taken of, as the running Atlas
     *                has it, or as {@link #keyOf} opens it from the backup; null when not encrypted
     */
    public static BackupCheck verify(Path backup, String fileKey) throws StoreException {
        return verify(backup, fileKey, null);
    }

    /**
     * As {@link #verify(Path, String)}, and the backup's own accounts must name {@code administrator}
     * (whose password opened its key) an active administrator: the command line's rule (null: the
     * recovery key opened it, or Atlas itself verifies what it wrote).
     */
    public static BackupCheck verify(Path backup, String fileKey, String administrator) throws StoreException {
        Path scratch = null;
        try {
            scratch = OwnerOnly.folder(Files.createTempDirectory("atlas-verify"));
            return check(backup, scratch, extract(backup, scratch), fileKey, administrator);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** The database copy extracted into {@code folder}, read whole (see {@link #verify}). */
    private static BackupCheck check(Path backup, Path folder, boolean encrypted, String fileKey, String administrator)
            throws StoreException {
        DatabaseSettings copy = DatabaseSettings.embedded(folder);
        if (encrypted) {
            if (fileKey == null) {
                throw new StoreException(StoreProblem.DATABASE_LOCKED, backup.toString());
            }
            copy = copy.encrypted(fileKey);
        }
        String url = copy.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection connection = new org.h2.Driver().connect(url, copy.credentials())) {
            int version = SchemaVersion.read(connection);
            if (version == 0) {
                throw new SQLException("no Atlas schema in the backup");
            }
            if (administrator != null) {
                requireAdministrator(connection, administrator);
            }
            DatabaseCheck.Result read = DatabaseCheck.check(connection);
            if (read.chain() != null) {
                String publicKey = encrypted ? DatabaseKeys.read(folder).auditPublicKey() : null;
                atlas.core.audit.AuditVerification sealed = AuditSeal.verify(read.chain(), connection,
                        AuditSeal.read(folder.resolve(AuditSeal.FILE)), publicKey);
                if (!sealed.intact()) {
                    throw new StoreException(StoreProblem.BACKUP_TAMPERED, backup + " (" + sealed.problem() + ")");
                }
            }
            long patients;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PATIENT")) {
                rows.next();
                patients = rows.getLong(1);
            }
            return new BackupCheck(backup, version, patients, Files.size(backup), read.rows(),
                    read.chain() == null ? 0 : read.chain().checked());
        } catch (SQLException e) {
            // H2 90049: the copy does not open with this key (another clinic's backup, say)
            throw new StoreException(e.getErrorCode() == 90049 ? StoreProblem.KEY_NOT_OPENED
                    : StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_DAMAGED, backup.toString(), e);
        }
    }

    /** The backup's accounts name {@code username} an active administrator, or it is refused. */
    private static void requireAdministrator(Connection connection, String username) throws SQLException {
        atlas.core.security.Role role = null;
        try (java.sql.PreparedStatement account = connection.prepareStatement(
                "SELECT ROLE, ACTIVE FROM USER_ACCOUNT WHERE USERNAME = ?")) {
            account.setString(1, username);
            try (ResultSet found = account.executeQuery()) {
                if (found.next()) {
                    role = atlas.core.security.Role.valueOf(found.getString(1));
                    if (found.getBoolean(2) && role.allows(Permission.BACK_UP)) {
                        return;
                    }
                }
            }
        }
        throw Permissions.denied(username, role, Permission.BACK_UP);
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
            scratch = OwnerOnly.folder(Files.createTempDirectory("atlas-key"));
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
        return restore(backup, dataFolder, fileKey, null);
    }

    /** As {@link #restore(Path, Path, String)}, by {@code administrator} (see {@link #verify(Path, String, String)}). */
    public static BackupCheck restore(Path backup, Path dataFolder, String fileKey, String administrator)
            throws StoreException {
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            Path current = dataFolder.resolve(DATABASE_FILE);
            Path incoming = OwnerOnly.folder(Files.createTempDirectory(dataFolder, ".restore"));
            try {
                // the very copy that replaces the database is the one read whole first
                boolean encrypted;
                try {
                    encrypted = extract(backup, incoming);
                } catch (IOException damaged) {
                    throw new StoreException(StoreProblem.BACKUP_DAMAGED, backup.toString(), damaged);
                }
                BackupCheck check = check(backup, incoming, encrypted, fileKey, administrator);
                if (check.schemaVersion() > SchemaVersion.CURRENT) {
                    throw new StoreException(StoreProblem.DATABASE_TOO_NEW, backup.toString());
                }
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
                // the restored trail is held against the checkpoints of its own time
                Path checkpoints = dataFolder.resolve(AuditSeal.FILE);
                if (Files.exists(checkpoints)) {
                    Files.move(checkpoints, dataFolder.resolve(AuditSeal.FILE + replaced));
                }
                if (Files.exists(incoming.resolve(AuditSeal.FILE))) {
                    Files.move(incoming.resolve(AuditSeal.FILE), checkpoints);
                }
                Files.move(incoming.resolve(DATABASE_FILE), current);
                return check;
            } finally {
                deleteQuietly(incoming);
            }
        } catch (IOException e) {
            throw new StoreException(StoreProblem.BACKUP_FAILED, dataFolder.toString(), e);
        }
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
                    OwnerOnly.write(folder.resolve(DATABASE_FILE), zip);
                    found = true;
                } else if (entry.getName().equals(DatabaseKeys.FILE)) {
                    OwnerOnly.write(folder.resolve(DatabaseKeys.FILE), zip);
                    keys = true;
                } else if (entry.getName().equals(AuditSeal.FILE)) {
                    OwnerOnly.write(folder.resolve(AuditSeal.FILE), zip);
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
