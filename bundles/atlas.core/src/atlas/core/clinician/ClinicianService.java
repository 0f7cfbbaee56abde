package atlas.core.clinician;

import java.util.List;
import java.util.Optional;

import atlas.core.store.StoreException;

/** The clinicians who document at this clinic. */
public interface ClinicianService {

    /** @throws atlas.core.validation.ValidationException naming the field, e.g. a user name in use */
    Clinician register(Clinician clinician) throws StoreException;

    List<Clinician> list() throws StoreException;

    Optional<Clinician> findByUsername(String username) throws StoreException;
}
