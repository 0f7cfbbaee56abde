package atlas.store.internal.keys;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.OwnerOnly;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.SchemaVersion;

/**
 * A new key for the embedded database file, and the file encrypted again with it: when the key may
 * have been seen (Administration > Change Database Key, e.g. after staff leave; at the first
 * administrator's sign-in into a key file of Atlas 0.1, whose unwrapped key went into backups) and
 * when a database from before encryption is encrypted. Old key files and backups then open only
 * their own copies, never the current file (NIST SP 800-57 Part 1, 5.3.5: a key suspected of
 * compromise is replaced, the data it protected re-encrypted).
 * <p>
 * Crash-safe in three steps, with the database closed: (1) a copy of the file is encrypted with the
 * new key in {@value #STAGING} and checked; (2) the new key file, naming that copy by its encryption
 * header, is written as {@value #NEXT}; (3) the copy replaces the file, then the new key file the
 * old one - each an atomic rename. A start that finds {@value #NEXT} finishes step 3 if the file
 * is already the new one, and otherwise drops the unfinished renewal: either way the key file and
 * the database file belong together.
 */
public final class KeyRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRenewal.class);
    public static final String STAGING = ".key-renewal";
    public static final String NEXT = DatabaseKeys.FILE + ".next";
    /** The copy is written beside the file and H2 writes one more while encrypting it. */
    private static final double SPACE_NEEDED = 2.2;

    private final Path dataFolder;

    KeyRenewal(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * Encrypts the closed database file with {@code newKey} (from {@code oldKey}, or from a plain
     * file when it is null) and puts the new key file in place, whose slots {@code slots} writes.
     */
    void renew(DatabaseSettings plain, byte[] oldKey, byte[] newKey, SlotWriter slots) throws StoreException {
        Path file = plain.databaseFile();
        Path staging = dataFolder.resolve(STAGING);
        long started = System.nanoTime();
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            OwnerOnly.folder(staging);
            requireSpace(file);
            Path copy = staging.resolve(file.getFileName());
            Files.copy(file, copy);
            encrypt(staging, oldKey, newKey);
            OwnerOnly.file(copy);
            check(copy.getParent(), newKey);

            DatabaseKeys next = DatabaseKeys.empty(dataFolder.resolve(NEXT));
            next.renewedFor(DatabaseKeys.fileId(copy), Instant.now());
            slots.write(next, newKey);
            next.save();

            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder();
            Files.move(dataFolder.resolve(NEXT), dataFolder.resolve(DatabaseKeys.FILE),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder();
        } catch (IOException e) {
            throw new StoreException(StoreProblem.KEY_RENEWAL_FAILED, dataFolder.toString(), e);
        } finally {
            deleteRecursively(staging);
        }
        LOG.info("Database key renewed and {} encrypted again in {} ms", file, (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the slots of the new key into the new key file. */
    interface SlotWriter {
        void write(DatabaseKeys next, byte[] newKey) throws StoreException;
    }

    /**
     * At a start, before anything opens the file: a renewal that a crash interrupted is finished
     * (the new file is in place: its key file follows) or dropped (it is not: the old pair stays).
     */
    void settle(Path databaseFile) throws StoreException {
        Path next = dataFolder.resolve(NEXT);
        try {
            if (Files.exists(next)) {
                String expected = DatabaseKeys.read(dataFolder, NEXT).fileId();
                if (expected != null && Files.exists(databaseFile) && expected.equals(DatabaseKeys.fileId(databaseFile))) {
                    Files.move(next, dataFolder.resolve(DatabaseKeys.FILE), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    LOG.warn("A key renewal was interrupted after the database file was replaced: its new key file is now in place");
                } else {
                    Files.delete(next);
                    LOG.warn("A key renewal was interrupted before the database file was replaced: it was dropped, the old key stays");
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE, next.toString(), e);
        }
        deleteRecursively(dataFolder.resolve(STAGING));
    }

    private static void encrypt(Path folder, byte[] oldKey, byte[] newKey) throws StoreException {
        char[] from = oldKey == null ? null : DatabaseKeys.hex(oldKey).toCharArray();
        char[] to = DatabaseKeys.hex(newKey).toCharArray();
        try {
            org.h2.tools.ChangeFileEncryption.execute(folder.toString(), DatabaseSettings.DATABASE_NAME, "AES", from,
                    to, true);
        } catch (SQLException e) {
            throw new StoreException(StoreProblem.KEY_RENEWAL_FAILED, folder.toString(), e);
        } finally {
            Arrays.fill(to, '\0');
            if (from != null) {
                Arrays.fill(from, '\0');
            }
        }
    }

    /** The encrypted copy opens with the new key and holds an Atlas schema. */
    private static void check(Path folder, byte[] newKey) throws StoreException {
        DatabaseSettings copy = DatabaseSettings.embedded(folder).encrypted(DatabaseKeys.hex(newKey));
        try (Connection connection = new org.h2.Driver().connect(copy.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE",
                copy.credentials())) {
            if (SchemaVersion.read(connection) == 0) {
                throw new SQLException("no Atlas schema in the encrypted copy");
            }
        } catch (SQLException e) {
            throw new StoreException(StoreProblem.KEY_RENEWAL_FAILED, folder.toString(), e);
        }
    }

    private void requireSpace(Path file) throws IOException, StoreException {
        long needed = (long) (Files.size(file) * SPACE_NEEDED);
        long free = Files.getFileStore(dataFolder).getUsableSpace();
        if (free < needed) {
            throw new StoreException(StoreProblem.KEY_RENEWAL_NO_SPACE, dataFolder.toString(),
                    new IOException(free / 1_000_000 + " MB free, " + needed / 1_000_000 + " MB needed"));
        }
    }

    /** The renames reach the disk before the next step (a directory's entries are its content). */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(dataFolder, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every system opens folders (Windows): the rename is still atomic there
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }
}
