package atlas.core.store;

/**
 * A signed note or plan was to be changed. Signed records are immutable; corrections are addenda
 * (notes) or a new revision (plans). Nothing was saved.
 */
public class SignedRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignedRecordException(String record, String instead) {
        super(record + " is signed and can no longer be changed; " + instead + ".");
    }
}
