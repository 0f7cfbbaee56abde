package atlas.store.internal.records;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import atlas.core.audit.AuditAction;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientChanges;
import atlas.core.patient.PatientHistory;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.patient.PatientSummary;
import atlas.core.patient.RecordNumberPattern;
import atlas.core.patient.Sex;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import atlas.store.internal.SqlErrors;
import atlas.store.internal.audit.AuditLog;

/** The patient register on the clinical database. */
@Component(service = PatientService.class)
public class JpaPatientService extends RecordService implements PatientService {

    /**
     * EclipseLink's read-only query hint: rows become objects without being registered for change
     * tracking, which halves the cost of a search. Callers edit a patient through {@link #update}.
     */
    static final String READ_ONLY = "eclipselink.read-only";

    /** The record type in the audit trail. */
    static final String RECORD_TYPE = "Patient";

    /** The forms an import scores the answers of other systems' forms with, as a form filled here is. */
    private final InstalledForms forms = new InstalledForms();

    @Activate
    public JpaPatientService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addForm(atlas.api.form.FormDefinition form) {
        forms.add(form);
    }

    public void removeForm(atlas.api.form.FormDefinition form) {
        forms.remove(form);
    }

    @Override
    public List<Patient> list(int offset, int limit) throws StoreException {
        return search(PatientQuery.all(), offset, limit);
    }

    @Override
    public long count() throws StoreException {
        return count(PatientQuery.all());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Patient> search(PatientQuery query, int offset, int limit) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        // One SQL statement with the page limit in it, read straight from the index.
        PatientFilter filter = PatientFilter.of(query);
        return database.read(em -> {
            Query sql = em.createNativeQuery(
                    PatientFilter.numbered("SELECT * FROM PATIENT" + filter.where() + PatientFilter.ORDER + " LIMIT ? OFFSET ?"),
                    Patient.class);
            int position = 1;
            for (Object value : filter.values()) {
                sql.setParameter(position++, value);
            }
            return (List<Patient>) sql.setParameter(position, limit).setParameter(position + 1, offset)
                    .setHint(READ_ONLY, Boolean.TRUE).getResultList();
        });
    }

    @Override
    public List<PatientSummary> searchSummaries(PatientQuery query, int offset, int limit) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        // Plain rows on a pooled JDBC connection: the list runs this on every keystroke, and it
        // needs neither entities nor EclipseLink's per-query machinery.
        PatientFilter filter = PatientFilter.of(query);
        return database.list(LIST_SQL.computeIfAbsent(filter.where(), where -> filter.listSql()),
                statement -> {
                    int next = bind(statement, filter);
                    statement.setInt(next, limit);
                    statement.setInt(next + 1, offset);
                    List<PatientSummary> summaries = new ArrayList<>(Math.min(limit, 1000));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            summaries.add(new PatientSummary(rows.getLong(1), rows.getString(2), rows.getString(3),
                                    rows.getString(4), rows.getObject(5, LocalDate.class), Sex.valueOf(rows.getString(6)),
                                    rows.getString(7)));
                        }
                    }
                    return summaries;
                });
    }

    @Override
    public long count(PatientQuery query) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        PatientFilter filter = PatientFilter.of(query);
        return database.list(COUNT_SQL.computeIfAbsent(filter.where(), where -> filter.countSql()),
                statement -> {
                    bind(statement, filter);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }

    /** List and count statements by filter, built once so each connection's statement cache finds them. */
    private static final Map<String, String> LIST_SQL = new ConcurrentHashMap<>();
    private static final Map<String, String> COUNT_SQL = new ConcurrentHashMap<>();

    /** Binds the filter's values; returns the next free parameter index. */
    private static int bind(PreparedStatement statement, PatientFilter filter) throws SQLException {
        int position = 1;
        for (Object value : filter.values()) {
            statement.setObject(position++, value);
        }
        return position;
    }

    @Override
    public Optional<Patient> findByRecordNumber(String recordNumber) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        return database.read(em -> em.createQuery(
                "SELECT p FROM Patient p WHERE p.recordNumber = :number", Patient.class)
                .setParameter("number", recordNumber).getResultStream().findFirst());
    }

    @Override
    public Patient register(Patient patient) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        return registerAll(List.of(patient)).get(0);
    }

    @Override
    public List<Patient> registerAll(List<Patient> patients) throws StoreException {
        return registerAll(patients, NOTHING_MORE);
    }

    @Override
    public List<Patient> importAll(List<Patient> patients, List<PatientHistory> histories, boolean numbered)
            throws StoreException {
        if (histories.size() != patients.size()) {
            throw new IllegalArgumentException(histories.size() + " histories for " + patients.size() + " patients");
        }
        if (histories.stream().anyMatch(history -> !history.isEmpty())) {
            require(Permission.VISITS); // what starting an episode and booking a visit need
        }
        if (histories.stream().anyMatch(PatientHistory::hasClinicalRecords)) {
            require(Permission.CLINICAL_WRITE); // what filling a form, the diary or a screening needs
        }
        Afterwards write = (em, stored) -> new ImportedHistories(em, forms).write(stored, histories);
        return numbered ? registerAll(patients, write) : registerAllNumbered(patients, write);
    }

    /** What an import writes in the registration's transaction once the patients have their ids. */
    private interface Afterwards {
        void write(EntityManager em, List<Patient> stored);
    }

    private static final Afterwards NOTHING_MORE = (em, stored) -> {
    };

    private List<Patient> registerAll(List<Patient> patients, Afterwards afterwards) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        LocalDate today = LocalDate.now();
        for (Patient patient : patients) {
            ValidationException.throwIfAny(patient.validate(today));
        }
        refuseRepeatedRecordNumbers(patients);
        try {
            return database.write(em -> {
                refuseTakenRecordNumbers(em, patients);
                List<Patient> stored = persistRegistered(em, patients);
                afterwards.write(em, stored);
                return stored;
            });
        } catch (PersistenceException e) {
            // Another workstation registered the same number between our check and our commit.
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ValidationException(recordNumberTaken("(one of those saved)"));
            }
            throw e;
        }
    }

    /** Patients written to the database and let go by the persistence context at a time, in an import. */
    public static final int FLUSHED_TOGETHER = 1_000;

    /**
     * New patients stored with their audit entries, in the caller's transaction. A large import
     * (100,000 patients of another system) stays one transaction - all or none - but its written
     * patients and entries leave the persistence context every {@link #FLUSHED_TOGETHER}: kept
     * there, they filled the command line's 512 MB heap (67 s, most of it collecting garbage).
     * The audit chain's head is read again after each batch, its row lock still held.
     */
    private static List<Patient> persistRegistered(EntityManager em, List<Patient> patients) {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            em.persist(patient);
            AuditLog.append(em, AuditAction.CREATE, RECORD_TYPE, patient.getId(), patient.getId(),
                    patient.getRecordNumber());
            if ((i + 1) % FLUSHED_TOGETHER == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        return patients;
    }

    /** How often a numbered registration tries again when another desk took the number meanwhile. */
    private static final int NUMBERING_ATTEMPTS = 10;

    @Override
    public Patient registerNumbered(Patient patient) throws StoreException {
        return registerAllNumbered(List.of(patient)).get(0);
    }

    @Override
    public List<Patient> registerAllNumbered(List<Patient> patients) throws StoreException {
        return registerAllNumbered(patients, NOTHING_MORE);
    }

    private List<Patient> registerAllNumbered(List<Patient> patients, Afterwards afterwards) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        LocalDate today = LocalDate.now();
        // every field but the number is checked before the database is asked
        for (Patient patient : patients) {
            ValidationException.throwIfAny(patient.validate(today).stream()
                    .filter(error -> !error.field().equals("recordNumber")).toList());
        }
        for (int attempt = 1;; attempt++) {
            try {
                return database.write(em -> {
                    // one desk numbers at a time: the pattern's row is locked until this registration commits
                    JpaClinicService.lockNumbering(em);
                    RecordNumberPattern pattern = JpaClinicService.numbering(em).orElseThrow(JpaPatientService::noNumbering);
                    long highest = highestNumber(em, today, pattern);
                    if (highest + patients.size() > pattern.largest()) {
                        throw numberingFull(pattern);
                    }
                    for (int i = 0; i < patients.size(); i++) {
                        patients.get(i).setRecordNumber(pattern.number(today, highest + 1 + i));
                    }
                    List<Patient> stored = persistRegistered(em, patients);
                    afterwards.write(em, stored);
                    return stored;
                });
            } catch (PersistenceException e) {
                // a number typed by hand at another desk between our read and our commit: the next ones
                if (!SqlErrors.isUniqueViolation(e) || attempt == NUMBERING_ATTEMPTS) {
                    throw SqlErrors.isUniqueViolation(e)
                            ? new ValidationException(recordNumberTaken(patients.get(0).getRecordNumber()))
                            : e;
                }
                patients.forEach(patient -> patient.setRecordNumber(null));
            }
        }
    }

    @Override
    public List<Optional<String>> likelyRegistered(List<Patient> candidates) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        return database.read(em -> LikelyRegistered.of(em, candidates));
    }

    @Override
    public Optional<String> nextRecordNumber() throws StoreException {
        require(Permission.DEMOGRAPHICS);
        return database.read(em -> JpaClinicService.numbering(em).map(pattern -> nextNumber(em, LocalDate.now(),
                pattern)));
    }

    /** No pattern set: the number is to be typed, said by the record number field. */
    private static ValidationException noNumbering() {
        return new ValidationException(List.of(new FieldError("recordNumber", Wording.label("recordNumber",
                "Record number"), Wording.of("patient.noNumbering"))));
    }

    /** One past the highest running number of this year's numbers in the pattern's form, typed by hand or given. */
    private static String nextNumber(EntityManager em, LocalDate today, RecordNumberPattern pattern) {
        long highest = highestNumber(em, today, pattern);
        if (highest >= pattern.largest()) {
            throw numberingFull(pattern);
        }
        return pattern.number(today, highest + 1);
    }

    private static long highestNumber(EntityManager em, LocalDate today, RecordNumberPattern pattern) {
        return em.createQuery("SELECT p.recordNumber FROM Patient p WHERE p.recordNumber LIKE :form",
                String.class).setParameter("form", pattern.like(today)).getResultStream()
                .mapToLong(number -> pattern.runningOf(number, today).orElse(0)).max().orElse(0);
    }

    /** The pattern has no room left: said by the record number field. */
    private static ValidationException numberingFull(RecordNumberPattern pattern) {
        return new ValidationException(List.of(new FieldError("recordNumber", Wording.label("recordNumber",
                "Record number"), Wording.of("patient.numberingFull", pattern.text()))));
    }

    /** Two patients of one batch with the same number: refused before the database is asked. */
    private static void refuseRepeatedRecordNumbers(List<Patient> patients) {
        Set<String> seen = new HashSet<>();
        for (Patient patient : patients) {
            if (!seen.add(patient.getRecordNumber())) {
                throw new ValidationException(recordNumberTaken(patient.getRecordNumber()));
            }
        }
    }

    /** One query per 500 numbers, so a large import does not ask once per patient. */
    private static void refuseTakenRecordNumbers(EntityManager em, List<Patient> patients) {
        for (int from = 0; from < patients.size(); from += 500) {
            List<String> numbers = patients.subList(from, Math.min(patients.size(), from + 500)).stream()
                    .map(Patient::getRecordNumber).collect(Collectors.toList());
            List<String> taken = em.createQuery("SELECT p.recordNumber FROM Patient p WHERE p.recordNumber IN :numbers",
                    String.class).setParameter("numbers", numbers).setMaxResults(1).getResultList();
            if (!taken.isEmpty()) {
                throw new ValidationException(recordNumberTaken(taken.get(0)));
            }
        }
    }

    @Override
    public Patient update(Patient patient) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        ValidationException.throwIfAny(patient.validate(LocalDate.now()));
        long patientId = patient.getId() == null ? 0 : patient.getId(); // Records.update refuses a new one
        try {
            return database.write(em -> {
                refuseTakenRecordNumber(em, patient.getRecordNumber(), patient.getId());
                Patient stored = patient.getId() == null ? null : em.find(Patient.class, patient.getId());
                // old and new values, read before the merge overwrites the stored copy
                String changed = stored == null ? patient.getRecordNumber()
                        : patient.getRecordNumber() + ": " + String.join("; ", PatientChanges.between(stored, patient));
                return Records.update(em, patient, List.of(), RECORD_TYPE, Patient::getId, patientId,
                        describe(patient), changed);
            });
        } catch (PersistenceException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ValidationException(recordNumberTaken(patient.getRecordNumber()));
            }
            throw e;
        }
    }

    @Override
    public Optional<Patient> find(long patientId) throws StoreException {
        require(Permission.DEMOGRAPHICS);
        return database.read(em -> Optional.ofNullable(em.find(Patient.class, patientId)));
    }

    private static String describe(Patient patient) {
        return "Patient " + patient.getRecordNumber() + " (" + patient.displayName() + ")";
    }

    /** Refuses a record number held by a patient other than {@code self} (null for a new one). */
    private static void refuseTakenRecordNumber(EntityManager em, String recordNumber, Long self) {
        TypedQuery<Long> others = em.createQuery("SELECT COUNT(p) FROM Patient p WHERE p.recordNumber = :number"
                + (self == null ? "" : " AND p.id <> :self"), Long.class)
                .setParameter("number", recordNumber);
        if (self != null) {
            others.setParameter("self", self);
        }
        if (others.getSingleResult() > 0) {
            throw new ValidationException(recordNumberTaken(recordNumber));
        }
    }

    private static FieldError recordNumberTaken(String recordNumber) {
        return new FieldError("recordNumber", Wording.label("recordNumber", "Record number"),
                Wording.of("patient.recordNumberTaken", recordNumber));
    }
}
