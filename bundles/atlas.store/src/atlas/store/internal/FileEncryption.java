package atlas.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.AtRest;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * Encryption at rest of the embedded database: which key opens the file, and how the key is kept
 * (see {@link DatabaseKeys}). A stolen disk or backup shows only ciphertext: H2 encrypts every
 * page of atlas.mv.db with AES, and the key lies beside it only wrapped by the users' passwords
 * and the recovery key (HIPAA 164.312(a)(2)(iv), GDPR Art. 32(1)(a)).
 */
final class FileEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(FileEncryption.class);

    private final Path dataFolder;
    private volatile byte[] key;

    FileEncryption(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * Before the database opens (under the workstation lock): a new store gets a key; a database
     * file from an Atlas before encryption is encrypted in place, once. Returns the settings that
     * open the encrypted file.
     *
     * @throws StoreException DATABASE_LOCKED while the key waits for a user's password
     */
    DatabaseSettings prepare(DatabaseSettings plain) throws StoreException {
        if (!DatabaseKeys.exist(dataFolder)) {
            boolean older = Files.exists(plain.databaseFile());
            if (older && !opensWithoutKey(plain)) {
                // an encrypted file whose key file is gone: never put a new key beside it
                throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE,
                        dataFolder.resolve(DatabaseKeys.FILE).toString());
            }
            byte[] fresh = DatabaseKeys.newKey();
            DatabaseKeys.create(dataFolder, fresh, older);
            key = fresh;
        }
        DatabaseKeys keys = DatabaseKeys.read(dataFolder);
        if (key == null) {
            key = keys.unprotectedKey();
        }
        if (key == null) {
            throw new StoreException(StoreProblem.DATABASE_LOCKED, plain.location());
        }
        DatabaseSettings encrypted = plain.encrypted(DatabaseKeys.hex(key));
        if (keys.encrypting()) {
            encryptOlderFile(plain);
            keys.encrypted();
        }
        return encrypted;
    }

    /**
     * H2's ChangeFileEncryption rewrites the file encrypted. Interrupted before the key file was
     * told, the next start finds the file already encrypted (it no longer opens without the key)
     * and only notes it.
     */
    private void encryptOlderFile(DatabaseSettings plain) throws StoreException {
        if (!opensWithoutKey(plain)) {
            return; // encrypted already
        }
        long started = System.nanoTime();
        char[] password = DatabaseKeys.hex(key).toCharArray();
        try {
            org.h2.tools.ChangeFileEncryption.execute(dataFolder.toString(), DatabaseSettings.DATABASE_NAME, "AES",
                    null, password, true);
        } catch (SQLException e) {
            throw new StoreException(StoreProblem.DATABASE_UNREADABLE, plain.location(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
        LOG.info("Encrypted the database file of an earlier Atlas in {} ms", (System.nanoTime() - started) / 1_000_000);
        // The backups that earlier Atlas wrote beside it are not encrypted: say so, never delete them.
        Path backups = dataFolder.resolve("backups");
        if (Files.isDirectory(backups)) {
            try (java.util.stream.Stream<Path> older = Files.list(backups)) {
                long count = older.filter(f -> f.getFileName().toString().endsWith(".zip")).count();
                if (count > 0) {
                    LOG.warn("{} backups in {} were written before the database was encrypted and are not encrypted:"
                            + " delete them once a new backup exists (README, Encryption at rest)", count, backups);
                }
            } catch (java.io.IOException e) {
                LOG.warn("Could not list {}: {}", backups, e.getMessage());
            }
        }
    }

    /** Whether the file opens as a plain H2 database (one from before encryption). */
    private static boolean opensWithoutKey(DatabaseSettings plain) {
        try (Connection probe = new org.h2.Driver().connect(plain.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE",
                plain.credentials())) {
            return probe != null;
        } catch (SQLException encrypted) {
            return false;
        }
    }

    /** Whether the database waits for a password: the key is protected and not known yet. */
    boolean locked() throws StoreException {
        return key == null && DatabaseKeys.exist(dataFolder) && keys().isProtected();
    }

    /**
     * Opens the key with the user's password; the database can then open.
     *
     * @return false when the user has no slot or the password does not open it
     */
    boolean unlock(String username, char[] password) throws StoreException {
        byte[] opened = keys().openWithPassword(username, password);
        if (opened != null) {
            key = opened;
        }
        return opened != null;
    }

    /** Takes the key while it is still unprotected (a new store); false once it is protected. */
    boolean unlockUnprotected() throws StoreException {
        byte[] unprotected = keys().unprotectedKey();
        if (unprotected != null) {
            key = unprotected;
        }
        return unprotected != null;
    }

    /** Opens the key with the recovery key (the key recovery command). */
    boolean unlockWithRecoveryKey(char[] recoveryKey) throws StoreException {
        byte[] opened = keys().openWithRecoveryKey(recoveryKey);
        if (opened != null) {
            key = opened;
        }
        return opened != null;
    }

    /** Gives the user a slot with the password (a new user, a new password, or one missing). */
    synchronized void protectFor(String username, char[] password) throws StoreException {
        keys().protectFor(username, password, knownKey());
    }

    boolean protectsFor(String username) throws StoreException {
        return keys().protectsFor(username);
    }

    synchronized void forget(String username) throws StoreException {
        keys().forget(username);
    }

    synchronized String newRecoveryKey() throws StoreException {
        return keys().newRecoveryKey(knownKey());
    }

    AtRest atRest() throws StoreException {
        return DatabaseKeys.exist(dataFolder) && keys().isProtected() ? AtRest.ENCRYPTED : AtRest.KEY_NOT_PROTECTED;
    }

    /** The key H2 opens the file with (hex), once known; null before. */
    String fileKey() {
        byte[] known = key;
        return known == null ? null : DatabaseKeys.hex(known);
    }

    /** Wrong passwords of a user before the database opened, and until when the user waits. */
    int failures(String username) throws StoreException {
        return keys().failures(username);
    }

    Instant waitUntil(String username) throws StoreException {
        return keys().waitUntil(username);
    }

    synchronized void countFailure(String username, int failures, Instant waitUntil) throws StoreException {
        keys().countFailure(username, failures, waitUntil);
    }

    synchronized void clearFailures(String username) throws StoreException {
        keys().clearFailures(username);
    }

    /**
     * The key file as it is on disk now. Each change reads it afresh and writes it whole; the
     * changes are synchronized, so two of them in this Atlas never overwrite each other.
     */
    DatabaseKeys keys() throws StoreException {
        return DatabaseKeys.read(dataFolder);
    }

    private byte[] knownKey() {
        byte[] known = key;
        if (known == null) {
            throw new IllegalStateException("the database key is not open yet");
        }
        return known;
    }
}
