package atlas.core.store;

/**
 * Work a bundle contributes to Atlas's start: run once the clinical database is open and before
 * anyone signs in, in the opening job (not on the display thread), highest service ranking first.
 * The demo clinic of the launcher's --demo is one; a clinic's installation without that bundle
 * simply has none. Nobody is signed in yet: work that writes runs as its own system task
 * ({@link atlas.core.security.SystemTasks}), which the audit trail names.
 */
public interface DatabaseOpened {

    /** A failure is logged and the start goes on: the clinic's records come first. */
    void opened() throws StoreException;
}
