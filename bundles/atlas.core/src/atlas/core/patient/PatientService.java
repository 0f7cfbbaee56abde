package atlas.core.patient;

import java.util.List;
import java.util.Optional;

import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;

/**
 * The clinic's register of patients. Every write is one transaction: it is saved whole or not at
 * all. Calls block while the clinical database opens, so callers stay off the UI thread.
 */
public interface PatientService {

    /** Patients in list order (family name, given name, record number), one page at a time. */
    List<Patient> list(int offset, int limit) throws StoreException;

    long count() throws StoreException;

    Optional<Patient> findByRecordNumber(String recordNumber) throws StoreException;

    /**
     * Registers a new patient and returns the stored copy.
     *
     * @throws ValidationException naming each rejected field, among them a record number already
     *                             in use; nothing is saved
     */
    Patient register(Patient patient) throws StoreException;

    /**
     * Registers all patients in one transaction: all are saved or, on the first rejected one, none.
     */
    List<Patient> registerAll(List<Patient> patients) throws StoreException;
}
