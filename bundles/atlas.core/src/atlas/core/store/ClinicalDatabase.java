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

    /** Closes the database and releases the workstation lock; records already saved stay saved. */
    void close();
}
