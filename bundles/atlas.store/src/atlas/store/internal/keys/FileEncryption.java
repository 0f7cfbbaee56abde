package atlas.store.internal.keys;

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
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.EntityManagers;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.audit.AuditLog;
import atlas.store.internal.backup.DatabaseBackup;

/**
 * Encryption at rest of the embedded database: which key opens the file, and how the key is kept
 * (see {@link DatabaseKeys}). A stolen disk or backup shows only ciphertext: H2 encrypts every
 * page of atlas.mv.db with AES, and the key lies beside it only wrapped by the users' passwords
 * and the recovery key (HIPAA 164.312(a)(2)(iv), GDPR Art. 32(1)(a)).
 */
public final class FileEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(FileEncryption.class);

    private final Path dataFolder;
    private final KeyRenewal renewal;
    private volatile byte[] key;
    /** The file is from before encryption and is encrypted at an administrator's sign-in. */
    private volatile boolean plainFile;
    /** A recovery key made but not yet shown (see {@link #takeNewRecoveryKey()}). */
    private String newRecoveryKey;

    /** The data folder whose key file this is. */
    public Path dataFolder() {
        return dataFolder;
    }

    public FileEncryption(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.renewal = new KeyRenewal(dataFolder);
    }

    /**
     * Before the database opens (under the workstation lock): an interrupted key renewal is settled;
     * a new clinic gets a key that lives in memory until its first administrator's password
     * protects it; a clinic whose creation was abandoned before that starts afresh (nothing can
     * open its file any more); a database from before encryption stays as it is until an
     * administrator signs in (see {@link #needsRenewal()}). Returns the settings that open the file.
     *
     * @throws StoreException DATABASE_LOCKED while the key waits for a user's password
     */
    public DatabaseSettings prepare(DatabaseSettings plain) throws StoreException {
        renewal.settle(plain.databaseFile());
        boolean fileExists = Files.exists(plain.databaseFile());
        if (!DatabaseKeys.exist(dataFolder)) {
            if (fileExists) {
                if (!opensWithoutKey(plain)) {
                    // an encrypted file whose key file is gone: never put a new key beside it
                    throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE,
                            dataFolder.resolve(DatabaseKeys.FILE).toString());
                }
                plainFile = true;
                warnOfPlainBackups();
                return plain;
            }
            return create(plain);
        }
        DatabaseKeys keys = DatabaseKeys.read(dataFolder);
        if (keys.encrypting() && fileExists && opensWithoutKey(plain)) {
            plainFile = true; // Atlas 0.1 was stopped while it encrypted this file: it is still the plain one
            return plain;
        }
        if (keys.creating() && key == null) {
            // No password ever protected this clinic's key, and it lived only in memory: nothing can
            // open the file now. It is put aside, not deleted (in case this key file is not the
            // file's own: a backup's key file may still open it), and the clinic is made afresh.
            if (fileExists) {
                Path aside = plain.databaseFile().resolveSibling(plain.databaseFile().getFileName() + ".abandoned-"
                        + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                try {
                    Files.move(plain.databaseFile(), aside);
                } catch (java.io.IOException e) {
                    throw new StoreException(StoreProblem.DATA_FOLDER_NOT_WRITABLE, dataFolder.toString(), e);
                }
                LOG.warn("The clinic in {} was not finished last time (no administrator protected its key): its"
                        + " database cannot be opened and is kept as {}; the clinic is made afresh", dataFolder, aside);
            }
            return create(plain);
        }
        if (key == null) {
            key = keys.unprotectedKey(); // a key file of Atlas 0.1, renewed at an administrator's sign-in
        }
        if (key == null && !keys.hasSlots()) {
            // nothing in it opens the file: cut short or emptied (a wrong password would be another matter)
            throw new StoreException(StoreProblem.KEY_FILE_UNREADABLE, dataFolder.resolve(DatabaseKeys.FILE).toString());
        }
        if (key == null) {
            throw new StoreException(StoreProblem.DATABASE_LOCKED, plain.location());
        }
        return plain.encrypted(DatabaseKeys.hex(key));
    }

    /** A new clinic's key, in memory only; the key file marks the creation until a password protects it. */
    private DatabaseSettings create(DatabaseSettings plain) throws StoreException {
        if (key == null) {
            key = DatabaseKeys.newKey();
        }
        DatabaseKeys.creating(dataFolder);
        return plain.encrypted(DatabaseKeys.hex(key));
    }

    /**
     * Whether the key must be renewed at the next administrator's sign-in: the file is not
     * encrypted yet (from before encryption), or the key file of Atlas 0.1 kept it unwrapped - it
     * may have gone into backups, so a new key replaces it rather than wrapping it.
     */
    public boolean needsRenewal() throws StoreException {
        return plainFile || DatabaseKeys.exist(dataFolder) && keys().unprotectedKey() != null;
    }

    /**
     * A new key for the (closed) file, encrypted again with it: the administrator's password and a
     * new recovery key protect it (kept for {@link #takeNewRecoveryKey()}); every other slot wrapped
     * the old key and is gone - those users get one again at their next sign-in while the database
     * is open.
     */
    public synchronized void renew(DatabaseSettings plain, String administrator, char[] password) throws StoreException {
        byte[] fresh = DatabaseKeys.newKey();
        String[] recovery = new String[1];
        DatabaseKeys before = DatabaseKeys.exist(dataFolder) ? keys() : null;
        renewal.renew(plain, plainFile ? null : knownKey(), fresh, (next, newKey) -> {
            if (before != null) {
                next.carryAuditKey(before);
            }
            next.protectFor(administrator, password, newKey);
            recovery[0] = next.newRecoveryKey(newKey);
        });
        key = fresh;
        plainFile = false;
        newRecoveryKey = recovery[0];
    }

    /** The recovery key made by the last renewal or protection, once; null when there is none to show. */
    public synchronized String takeNewRecoveryKey() {
        String made = newRecoveryKey;
        newRecoveryKey = null;
        return made;
    }

    /** When the key was last renewed, or null. */
    public java.time.Instant renewed() throws StoreException {
        return DatabaseKeys.exist(dataFolder) ? keys().renewed() : null;
    }

    private void warnOfPlainBackups() {
        // The backups an earlier Atlas wrote beside it are not encrypted: say so, never delete them.
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

    /** A cut-short or edited key file: said as such, never as a wrong password. */
    private StoreException damaged(KeySlot.Damaged damaged) {
        return new StoreException(StoreProblem.KEY_FILE_UNREADABLE, dataFolder.resolve(DatabaseKeys.FILE).toString(),
                damaged);
    }

    /** Whether the database waits for a password: the key is protected and not known yet. */
    public boolean locked() throws StoreException {
        if (key != null || !DatabaseKeys.exist(dataFolder)) {
            return false;
        }
        DatabaseKeys keys = keys();
        return keys.hasSlots() && keys.isProtected();
    }

    /**
     * Opens the key with the user's password; the database can then open.
     *
     * @return false when the user has no slot or the password does not open it
     */
    public boolean unlock(String username, char[] password) throws StoreException {
        byte[] opened;
        try {
            opened = keys().openWithPassword(username, password);
        } catch (KeySlot.Damaged damaged) {
            throw damaged(damaged);
        }
        if (opened != null) {
            key = opened;
        }
        return opened != null;
    }

    /** Takes the key while it is still unprotected (a new store); false once it is protected. */
    public boolean unlockUnprotected() throws StoreException {
        byte[] unprotected = keys().unprotectedKey();
        if (unprotected != null) {
            key = unprotected;
        }
        return unprotected != null;
    }

    /** Opens the key with the recovery key (the key recovery command). */
    public boolean unlockWithRecoveryKey(char[] recoveryKey) throws StoreException {
        byte[] opened;
        try {
            opened = keys().openWithRecoveryKey(recoveryKey);
        } catch (KeySlot.Damaged damaged) {
            throw damaged(damaged);
        }
        if (opened != null) {
            key = opened;
        }
        return opened != null;
    }

    /** Gives the user a slot with the password (a new user, a new password, or one missing). */
    public synchronized void protectFor(String username, char[] password) throws StoreException {
        keys().protectFor(username, password, knownKey());
    }

    public boolean protectsFor(String username) throws StoreException {
        return keys().protectsFor(username);
    }

    public synchronized void forget(String username) throws StoreException {
        keys().forget(username);
    }

    public synchronized void recoveryKeyWrittenDown() throws StoreException {
        keys().recoveryKeyWrittenDown(Instant.now());
    }

    public Instant recoveryKeyWrittenDownAt() throws StoreException {
        return DatabaseKeys.exist(dataFolder) ? keys().recoveryKeyWrittenDown() : null;
    }

    public synchronized String newRecoveryKey() throws StoreException {
        return keys().newRecoveryKey(knownKey());
    }

    /**
     * The first administrator's password and a recovery key protect a new clinic's key (the
     * recovery key is kept for {@link #takeNewRecoveryKey()}).
     */
    public synchronized void protectNewClinic(String administrator, char[] password) throws StoreException {
        DatabaseKeys keys = keys();
        keys.protectFor(administrator, password, knownKey());
        newRecoveryKey = keys.newRecoveryKey(knownKey());
    }

    public AtRest atRest() throws StoreException {
        if (plainFile) {
            return AtRest.NOT_ENCRYPTED;
        }
        DatabaseKeys keys = DatabaseKeys.exist(dataFolder) ? keys() : null;
        return keys != null && keys.hasSlots() && keys.isProtected() ? AtRest.ENCRYPTED : AtRest.KEY_NOT_PROTECTED;
    }

    /** The key H2 opens the file with (hex), once known; null before. */
    public String fileKey() {
        byte[] known = key;
        return known == null ? null : DatabaseKeys.hex(known);
    }

    /** Wrong passwords of a user before the database opened, and until when the user waits. */
    public int failures(String username) throws StoreException {
        return keys().failures(username);
    }

    public Instant waitUntil(String username) throws StoreException {
        return keys().waitUntil(username);
    }

    public synchronized void countFailure(String username, int failures, Instant waitUntil) throws StoreException {
        keys().countFailure(username, failures, waitUntil);
    }

    public synchronized void clearFailures(String username) throws StoreException {
        keys().clearFailures(username);
    }

    /** A try kept for the audit trail until the database opens (see DatabaseKeys#pend). */
    public synchronized void pend(Instant when, atlas.core.audit.AuditAction action, String actor, String detail)
            throws StoreException {
        keys().pend(when, action, actor, detail);
    }

    /**
     * The key file as it is on disk now. Each change reads it afresh and writes it whole; the
     * changes are synchronized, so two of them in this Atlas never overwrite each other.
     */
    public DatabaseKeys keys() throws StoreException {
        Path next = dataFolder.resolve(KeyRenewal.NEXT);
        if (Files.exists(next)) {
            // a renewal a crash interrupted after the file was replaced: its new key file is the one
            // that opens the file (the next start's open moves it into place, under the lock)
            DatabaseKeys pending = DatabaseKeys.read(dataFolder, KeyRenewal.NEXT);
            Path file = dataFolder.resolve(DatabaseBackup.DATABASE_FILE);
            try {
                if (pending.fileId() != null && Files.exists(file) && pending.fileId().equals(DatabaseKeys.fileId(file))) {
                    return pending;
                }
            } catch (java.io.IOException e) {
                throw new StoreException(StoreProblem.DATABASE_UNREADABLE, file.toString(), e);
            }
        }
        return DatabaseKeys.read(dataFolder);
    }

    private byte[] knownKey() {
        byte[] known = key;
        if (known == null) {
            throw new IllegalStateException("the database key is not open yet");
        }
        return known;
    }

    /**
     * The tries this key file kept while the database was closed (wrong passwords and recovery
     * keys at a start or at the command line) go into the audit trail of the open database, at the
     * time they were made, and are then dropped from the file.
     */
    public void writePendingTries(EntityManagers database) throws StoreException {
        if (!DatabaseKeys.exist(dataFolder)) {
            return;
        }
        DatabaseKeys keys = keys();
        java.util.List<DatabaseKeys.Pending> pending = keys.pending();
        if (!pending.isEmpty()) {
            database.write(em -> {
                for (DatabaseKeys.Pending tried : pending) {
                    AuditLog.appendAs(em, tried.actor(), tried.when(), tried.action(), JpaUserService.RECORD_TYPE, null,
                            null, tried.detail());
                }
                return null;
            });
            keys.written(pending);
        }
    }
}
