package atlas.store.internal.records;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;

/** Clinicians on the clinical database. */
@Component(service = ClinicianService.class)
public class JpaClinicianService extends RecordService implements ClinicianService {

    @Activate
    public JpaClinicianService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public Clinician register(Clinician clinician) throws StoreException {
        return database.write(em -> {
            if (byUsername(em, clinician.getUsername()).isPresent()) {
                throw new ValidationException(new FieldError("username", Wording.label("username", "User name"),
                        Wording.of("clinician.usernameTaken", clinician.getUsername())));
            }
            // A clinician is not a patient record: the audit entry has no patient.
            Records.create(em, clinician, clinician.validate(), "Clinician", Clinician::getId, 0L, clinician.getUsername());
            return clinician;
        });
    }

    @Override
    public List<Clinician> list() throws StoreException {
        return database.read(em -> em.createQuery("SELECT c FROM Clinician c ORDER BY c.displayName", Clinician.class)
                .getResultList());
    }

    @Override
    public Optional<Clinician> findByUsername(String username) throws StoreException {
        return database.read(em -> byUsername(em, username));
    }

    /** The clinician of {@code username}, in the caller's transaction (an import finds a record's clinicians by it). */
    static Optional<Clinician> byUsername(jakarta.persistence.EntityManager em, String username) {
        return em.createQuery("SELECT c FROM Clinician c WHERE c.username = :name", Clinician.class)
                .setParameter("name", username).getResultStream().findFirst();
    }
}
