package atlas.core.store;

/**
 * How the records are protected on disk. An embedded database is an encrypted file whose key opens
 * with each user's password and with a recovery key. A shared server's disks are protected by the server (its
 * own disk encryption), which Atlas cannot see.
 */
public enum AtRest {

    /** A file from before encryption: encrypted when an administrator signs in. */
    NOT_ENCRYPTED,
    /**
     * Encrypted file; no password protects its key yet (a new clinic before its first administrator,
     * or a key file of Atlas 0.1, renewed at an administrator's sign-in).
     */
    KEY_NOT_PROTECTED,
    /** Encrypted file; the key opens only with a user's password or the recovery key. */
    ENCRYPTED,
    /** A shared clinic server: encryption at rest is the server's. */
    SERVER
}
