package atlas.core.referrer;

import java.util.List;

import atlas.core.store.StoreException;

/**
 * The clinic's directory of referring clinicians (issue 18): read by the front desk and the
 * therapist, who choose from it; kept by the front desk. Every write is audited.
 */
public interface ReferrerService {

    /** Every referrer, by name. */
    List<Referrer> list() throws StoreException;

    /**
     * Adds a new referrer or saves an edited one, whole.
     *
     * @throws atlas.core.validation.ValidationException naming the field; nothing is saved then
     * @throws atlas.core.store.RecordConflictException when changed elsewhere since it was read
     */
    Referrer save(Referrer referrer) throws StoreException;
}
