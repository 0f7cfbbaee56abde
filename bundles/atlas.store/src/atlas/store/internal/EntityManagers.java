package atlas.store.internal;

import java.util.function.Function;

import atlas.core.store.StoreException;
import jakarta.persistence.EntityManager;
import atlas.store.internal.audit.AuditSeal;
import atlas.store.internal.keys.FileEncryption;

/**
 * Units of work on the clinical database, for the service components of this bundle. Each call
 * opens the database first if needed (so it may block) and uses a fresh entity manager.
 */
public interface EntityManagers {

    /** Runs read-only work. */
    <T> T read(Function<EntityManager, T> work) throws StoreException;

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<EntityManager, T> work) throws StoreException;

    /**
     * Runs a plain SQL read on a pooled connection with its prepared statement: for hot list reads
     * that need no entities (see {@link ListConnections}).
     */
    <T> T list(String sql, ListConnections.Read<T> read) throws StoreException;

    /** The encryption of an embedded database file (its key slots); null for a server. */
    default FileEncryption encryption() {
        return null;
    }

    /**
     * A new key for the embedded database file, which is encrypted again with it (see
     * KeyRenewal); the administrator's password and a new recovery key protect it. Nothing for a
     * server.
     */
    default void renewKey(String administrator, char[] password) throws StoreException {
    }

    /**
     * Readies the first sign-in's code while the key waits for a password (see SignInWarmUp).
     *
     * @return whether it did (false where no key waits, or when a sign-in began meanwhile)
     */
    default boolean prepareForSignIn() {
        return false;
    }

    /** The audit trail's signed checkpoints (see AuditSeal); null where nothing signs them. */
    default AuditSeal seal() {
        return null;
    }

    /** Signs the audit trail's head now, where an administrator's sign-in opened the signing key. */
    default void checkpoint() throws StoreException {
    }
}
