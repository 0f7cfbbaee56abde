package atlas.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldError;
import atlas.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** The patient register on the clinical database. */
@Component(service = PatientService.class)
public class JpaPatientService implements PatientService {

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
        return database.read(em -> em.createQuery(
                "SELECT p FROM Patient p ORDER BY p.familyName, p.givenName, p.recordNumber", Patient.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long count() throws StoreException {
        return database.read(em -> em.createQuery("SELECT COUNT(p) FROM Patient p", Long.class).getSingleResult());
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
        try {
            return database.write(em -> {
                List<Patient> stored = new ArrayList<>(patients.size());
                for (Patient patient : patients) {
                    refuseTakenRecordNumber(em, patient.getRecordNumber());
                    em.persist(patient);
                    stored.add(patient);
                }
                em.flush();
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

    private static void refuseTakenRecordNumber(EntityManager em, String recordNumber) {
        Long taken = em.createQuery("SELECT COUNT(p) FROM Patient p WHERE p.recordNumber = :number", Long.class)
                .setParameter("number", recordNumber).getSingleResult();
        if (taken > 0) {
            throw new ValidationException(recordNumberTaken(recordNumber));
        }
    }

    private static FieldError recordNumberTaken(String recordNumber) {
        return new FieldError("recordNumber", "Record number",
                recordNumber + " is already in use by another patient; each patient needs their own number");
    }
}
