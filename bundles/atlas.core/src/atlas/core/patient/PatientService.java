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

    /**
     * Patients matching what was typed in the search field (see {@link PatientQuery#parse}), in
     * list order, one page at a time.
     */
    List<Patient> search(PatientQuery query, int offset, int limit) throws StoreException;

    /**
     * The same search as {@link #search}, as list lines: the fast path for the patient list, which
     * fetches a page per keystroke.
     */
    List<PatientSummary> searchSummaries(PatientQuery query, int offset, int limit) throws StoreException;

    /** How many patients match, for "showing 50 of 312". */
    long count(PatientQuery query) throws StoreException;

    Optional<Patient> findByRecordNumber(String recordNumber) throws StoreException;

    /** The patient's details (demographics only: the front desk may read them), if registered. */
    Optional<Patient> find(long patientId) throws StoreException;

    /**
     * Registers a new patient and returns the stored copy.
     *
     * @throws ValidationException naming each rejected field, among them a record number already
     *                             in use; nothing is saved
     */
    Patient register(Patient patient) throws StoreException;

    /**
     * Registers a new patient under the next record number of the clinic's pattern (Administration
     * > Clinic Details), given in the same transaction: two desks registering at once get two
     * numbers. The patient's own record number is ignored.
     *
     * @throws ValidationException naming the record number when the clinic set no pattern or the
     *                             pattern's running numbers are used up, and each other rejected field
     */
    Patient registerNumbered(Patient patient) throws StoreException;

    /**
     * Registers all patients in one transaction with the next numbers of the clinic's pattern, in
     * their order (an import from another system): all are saved or none. Their own record
     * numbers are ignored.
     *
     * @throws ValidationException as {@link #registerNumbered}, also when the pattern has fewer
     *                             numbers left than patients; nothing is saved
     */
    List<Patient> registerAllNumbered(List<Patient> patients) throws StoreException;

    /**
     * Registers {@code patients} (by {@link #registerAll} when {@code numbered}, else by
     * {@link #registerAllNumbered}) together with the history another system sent of each (the
     * same position in {@code histories}; {@link PatientHistory#NONE} for none), in one
     * transaction: all or nothing. Episodes and visits need the permission to start episodes and
     * book visits as well; each is checked by its own rules and audited.
     */
    List<Patient> importAll(List<Patient> patients, List<PatientHistory> histories, boolean numbered)
            throws StoreException;

    /**
     * For each of {@code candidates} (patients about to be imported), the record number of a
     * registered patient with the same family and given name (compared as the search folds them:
     * case, accents, umlaut spellings) and date of birth, or with one of the same further
     * identifiers (the same system and value: another system's patient id, a national health
     * number) - likely the same person - or empty.
     */
    List<java.util.Optional<String>> likelyRegistered(List<Patient> candidates) throws StoreException;

    /** The record number {@link #registerNumbered} would give now, to show as a hint; empty without a pattern. */
    java.util.Optional<String> nextRecordNumber() throws StoreException;

    /**
     * Registers all patients in one transaction: all are saved or, on the first rejected one, none.
     */
    List<Patient> registerAll(List<Patient> patients) throws StoreException;

    /**
     * Saves changes to a registered patient and returns the stored copy (with its new version);
     * the audit entry names each changed field with its old and its new value.
     *
     * @throws ValidationException                   naming each rejected field; nothing is saved
     * @throws atlas.core.store.RecordConflictException when the patient was changed elsewhere since
     *                                               this copy was read; nothing is saved
     */
    Patient update(Patient patient) throws StoreException;
}
