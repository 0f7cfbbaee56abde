package atlas.store.internal;

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

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.patient.PatientSummary;
import atlas.core.patient.Sex;
import atlas.core.store.RecordConflictException;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldError;
import atlas.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.RollbackException;
import jakarta.persistence.TypedQuery;

/** The patient register on the clinical database. */
@Component(service = PatientService.class)
public class JpaPatientService implements PatientService {

    /**
     * EclipseLink's read-only query hint: rows become objects without being registered for change
     * tracking, which halves the cost of a search. Callers edit a patient through {@link #update}.
     */
    static final String READ_ONLY = "eclipselink.read-only";

    /** The record type in the audit trail. */
    static final String RECORD_TYPE = "Patient";

    @Reference
    private EntityManagers database;

    /** For the OSGi runtime, which injects the database. */
    public JpaPatientService() {
    }

    /** For tests and tools that open a database themselves. */
    public JpaPatientService(EntityManagers database) {
        this.database = database;
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
        // Plain SQL with the page limit in the statement: the order matches IX_PATIENT_NAME_KEY, so
        // a page is read straight from the index, and no JPQL has to be translated per call.
        return database.read(em -> {
            jakarta.persistence.Query sql = em.createNativeQuery("SELECT * FROM PATIENT" + sqlWhere(query)
                    + " ORDER BY FAMILY_NAME_KEY, GIVEN_NAME_KEY, RECORD_NUMBER LIMIT ?3 OFFSET ?4", Patient.class);
            bindSql(sql, query);
            return (List<Patient>) sql.setParameter(3, limit).setParameter(4, offset).setHint(READ_ONLY, Boolean.TRUE)
                    .getResultList();
        });
    }

    @Override
    public List<PatientSummary> searchSummaries(PatientQuery query, int offset, int limit) throws StoreException {
        // Plain rows on a pooled JDBC connection: the list runs this on every keystroke, and it
        // needs neither entities nor EclipseLink's per-query machinery.
        return database.list(listSql(query), statement -> {
            int next = bindJdbc(statement, query);
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

    /** The list statement of each kind of query, built once so the statement cache finds it by identity. */
    private static final Map<String, String> LIST_SQL = new ConcurrentHashMap<>();

    private static String listSql(PatientQuery query) {
        String where = sqlWhere(query);
        return LIST_SQL.computeIfAbsent(where, w -> "SELECT ID, RECORD_NUMBER, FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, "
                + "SEX, REFERRER FROM PATIENT" + w.replaceAll("\\?[0-9]", "?")
                + " ORDER BY FAMILY_NAME_KEY, GIVEN_NAME_KEY, RECORD_NUMBER LIMIT ? OFFSET ?");
    }

    /** Binds the query's values to the JDBC statement; returns the next free parameter index. */
    private static int bindJdbc(PreparedStatement statement, PatientQuery query) throws SQLException {
        switch (query.kind()) {
        case NAME:
            statement.setString(1, startsWith(query.familyPrefix()));
            if (!query.givenPrefix().isEmpty()) {
                statement.setString(2, startsWith(query.givenPrefix()));
                return 3;
            }
            return 2;
        case RECORD_NUMBER:
            statement.setString(1, startsWith(query.recordPrefix()));
            return 2;
        case DATE_OF_BIRTH:
            statement.setObject(1, query.dateOfBirth());
            return 2;
        default:
            return 1;
        }
    }

    private static String sqlWhere(PatientQuery query) {
        switch (query.kind()) {
        case NAME:
            return query.givenPrefix().isEmpty() ? " WHERE FAMILY_NAME_KEY LIKE ?1 ESCAPE '\\'"
                    : " WHERE FAMILY_NAME_KEY LIKE ?1 ESCAPE '\\' AND GIVEN_NAME_KEY LIKE ?2 ESCAPE '\\'";
        case RECORD_NUMBER:
            return " WHERE RECORD_NUMBER LIKE ?1 ESCAPE '\\'";
        case DATE_OF_BIRTH:
            return " WHERE DATE_OF_BIRTH = ?1";
        default:
            return "";
        }
    }

    private static void bindSql(jakarta.persistence.Query sql, PatientQuery query) {
        switch (query.kind()) {
        case NAME:
            sql.setParameter(1, startsWith(query.familyPrefix()));
            if (!query.givenPrefix().isEmpty()) {
                sql.setParameter(2, startsWith(query.givenPrefix()));
            }
            break;
        case RECORD_NUMBER:
            sql.setParameter(1, startsWith(query.recordPrefix()));
            break;
        case DATE_OF_BIRTH:
            sql.setParameter(1, query.dateOfBirth());
            break;
        default:
            break;
        }
    }

    @Override
    public long count(PatientQuery query) throws StoreException {
        return database.read(em -> bind(em.createQuery("SELECT COUNT(p) FROM Patient p" + where(query), Long.class),
                query).getSingleResult());
    }

    private static String where(PatientQuery query) {
        switch (query.kind()) {
        case NAME:
            return query.givenPrefix().isEmpty() ? " WHERE p.familyNameKey LIKE :family ESCAPE '\\'"
                    : " WHERE p.familyNameKey LIKE :family ESCAPE '\\' AND p.givenNameKey LIKE :given ESCAPE '\\'";
        case RECORD_NUMBER:
            return " WHERE p.recordNumber LIKE :record ESCAPE '\\'";
        case DATE_OF_BIRTH:
            return " WHERE p.dateOfBirth = :born";
        default:
            return "";
        }
    }

    private static <Q extends Query> Q bind(Q jpql, PatientQuery query) {
        switch (query.kind()) {
        case NAME:
            jpql.setParameter("family", startsWith(query.familyPrefix()));
            if (!query.givenPrefix().isEmpty()) {
                jpql.setParameter("given", startsWith(query.givenPrefix()));
            }
            break;
        case RECORD_NUMBER:
            jpql.setParameter("record", startsWith(query.recordPrefix()));
            break;
        case DATE_OF_BIRTH:
            jpql.setParameter("born", query.dateOfBirth());
            break;
        default:
            break;
        }
        return jpql;
    }

    /** A LIKE pattern for "starts with", the typed text taken literally. */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public Optional<Patient> findByRecordNumber(String recordNumber) throws StoreException {
        return database.read(em -> em.createQuery(
                "SELECT p FROM Patient p WHERE p.recordNumber = :number", Patient.class)
                .setParameter("number", recordNumber).getResultStream().findFirst());
    }

    @Override
    public Patient register(Patient patient) throws StoreException {
        return registerAll(List.of(patient)).get(0);
    }

    @Override
    public List<Patient> registerAll(List<Patient> patients) throws StoreException {
        LocalDate today = LocalDate.now();
        for (Patient patient : patients) {
            ValidationException.throwIfAny(patient.validate(today));
        }
        refuseRepeatedRecordNumbers(patients);
        try {
            return database.write(em -> {
                refuseTakenRecordNumbers(em, patients);
                for (Patient patient : patients) {
                    em.persist(patient);
                    AuditLog.append(em, AuditAction.CREATE, RECORD_TYPE, patient.getId(), patient.getId(),
                            patient.getRecordNumber());
                }
                em.flush();
                return patients;
            });
        } catch (PersistenceException e) {
            // Another workstation registered the same number between our check and our commit.
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ValidationException(recordNumberTaken("(one of those saved)"));
            }
            throw e;
        }
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
        ValidationException.throwIfAny(patient.validate(LocalDate.now()));
        try {
            return database.write(em -> {
                refuseTakenRecordNumber(em, patient.getRecordNumber(), patient.getId());
                Patient stored = em.merge(patient);
                em.flush(); // the version check happens here, inside the transaction
                AuditLog.append(em, AuditAction.UPDATE, RECORD_TYPE, stored.getId(), stored.getId(),
                        stored.getRecordNumber());
                return stored;
            });
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new RecordConflictException(describe(patient), e);
            }
            throw e;
        } catch (PersistenceException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ValidationException(recordNumberTaken(patient.getRecordNumber()));
            }
            throw e;
        }
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
        return new FieldError("recordNumber", "Record number",
                recordNumber + " is already in use by another patient; each patient needs their own number");
    }
}
