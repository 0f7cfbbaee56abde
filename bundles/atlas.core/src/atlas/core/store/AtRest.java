package atlas.core.store;

/**
 * How the records are protected on disk. An embedded database is always an encrypted file; its
 * key is protected by each user's password and by a recovery key once an administrator has signed
 * in and written the recovery key down. A shared server's disks are protected by the server (its
 * own disk encryption), which Atlas cannot see.
 */
public enum AtRest {

    /** Encrypted file; its key still lies unprotected beside it until an administrator signs in. */
    KEY_NOT_PROTECTED,
    /** Encrypted file; the key opens only with a user's password or the recovery key. */
    ENCRYPTED,
    /** A shared clinic server: encryption at rest is the server's. */
    SERVER
}
