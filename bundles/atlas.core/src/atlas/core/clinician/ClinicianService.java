package atlas.core.clinician;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import atlas.core.store.StoreException;

/** The clinicians who document at this clinic. */
public interface ClinicianService {

    /** @throws atlas.core.validation.ValidationException naming the field, e.g. a user name in use */
    Clinician register(Clinician clinician) throws StoreException;

    List<Clinician> list() throws StoreException;

    /** Every clinician's name by id: who a visit or note is with, in lists and the record. */
    default Map<Long, String> displayNames() throws StoreException {
        return list().stream().collect(Collectors.toMap(Clinician::getId, Clinician::getDisplayName));
    }

    Optional<Clinician> findByUsername(String username) throws StoreException;
}
