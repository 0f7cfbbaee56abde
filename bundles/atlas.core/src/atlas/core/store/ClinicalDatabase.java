package atlas.core.store;

/**
 * The database that holds the clinic's records: an embedded file on this PC or a shared clinic
 * server. Opening checks the data folder, takes the workstation lock and upgrades the schema, and
 * may take a second or more: never call {@link #open()} on the UI thread.
 */
public interface ClinicalDatabase {

    /** Opens the database if it is not open yet; safe to call from several threads. */
    void open() throws StoreException;

    boolean isOpen();

    /** Where the records live, as shown in the status line: a file path or a server URL. */
    String location();

    /** "embedded H2" or "PostgreSQL server", for the status line and support calls. */
    String kind();

    /**
     * Whether the database waits for a sign-in to open: an encrypted file whose key is protected
     * opens only with a user's password ({@link atlas.core.security.UserService#signIn}).
     */
    boolean needsKey();

    /** How the records are protected on disk. */
    AtRest atRest() throws StoreException;

    /**
     * Protects the database key with a new recovery key and returns it, to be written down once
     * and kept in the clinic's safe: with it an administrator's password can be set again when
     * every administrator's password is lost. A previous recovery key stops working, and a key
     * left unprotected since the first start is removed. Administrators only.
     *
     * @throws atlas.core.security.AccessDeniedException for anyone else (audited)
     */
    String newRecoveryKey() throws StoreException;

    /**
     * The recovery key that protecting or renewing the database key has just made (a new clinic's
     * first administrator; an administrator's sign-in that renewed a key of Atlas 0.1 or
     * encrypted an older file; Change Database Key), to be shown once; null when there is none.
     * It is forgotten once taken.
     */
    String takeNewRecoveryKey();

    /**
     * Records that the recovery key just shown is written down (its dialog's Done): the first-day
     * checklist counts the step done until a new recovery key replaces it. Nothing on a server.
     */
    void recoveryKeyWrittenDown() throws StoreException;

    /** When the current recovery key was said to be written down; empty when not yet, or on a server. */
    java.util.Optional<java.time.Instant> recoveryKeyWrittenDownAt() throws StoreException;

    /** Closes the database and releases the workstation lock; records already saved stay saved. */
    void close();
}
