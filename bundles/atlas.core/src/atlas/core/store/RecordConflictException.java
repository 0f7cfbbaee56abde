package atlas.core.store;

/**
 * A record was changed by someone else (another workstation, another window) after this copy was
 * read. Nothing of this save was written and the other change is kept; the user reloads the record
 * and makes the change again. Never resolved by silently overwriting.
 */
public class RecordConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String record;

    /** @param record the record as the user knows it, e.g. "Patient P-0001 (Keller, Anna)" */
    public RecordConflictException(String record, Throwable cause) {
        super(record + " was changed on another workstation after you opened it. Your changes were not "
                + "saved; reload it to see the other changes, then make yours again.", cause);
        this.record = record;
    }

    public String record() {
        return record;
    }
}
