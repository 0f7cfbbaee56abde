package atlas.store.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.form.FormResponse;
import atlas.core.form.FormResponseService;
import atlas.core.form.Observation;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldRules;

/** Form responses and observations on the clinical database. */
@Component(service = FormResponseService.class)
public class JpaFormResponseService implements FormResponseService {

    @Reference
    private EntityManagers database;

    /** Who is signed in: every call is checked against that user's role (see Permissions). */
    @Reference
    private Session session;

    public JpaFormResponseService() {
    }

    public JpaFormResponseService(EntityManagers database) {
        this.database = database;
    }

    @Override
    public FormResponse save(FormResponse response, List<Observation> observations) throws StoreException {
        Permissions.require(database, session, Permission.CLINICAL_WRITE);
        return database.write(em -> {
            FormResponse stored = response.getId() == null
                    ? Records.create(em, response, response.validate(), "FormResponse", FormResponse::getId,
                            response.getPatientId(), response.getFormId() + " " + response.getFormVersion())
                    : Records.update(em, response, response.validate(), "FormResponse", FormResponse::getId,
                            response.getPatientId(), "The " + response.getFormId() + " response");
            if (response.getId() != null) {
                em.createQuery("DELETE FROM Observation o WHERE o.responseId = :response")
                        .setParameter("response", stored.getId()).executeUpdate();
            }
            for (Observation observation : observations) {
                FieldRules rules = new FieldRules().requiredText("measureCode", "Measure", observation.getMeasureCode(), 40)
                        .optionalText("unit", "Unit", observation.getUnit(), 20)
                        .range("value", observation.getMeasureCode(), observation.getValue(), -1e9, 1e9);
                atlas.core.validation.ValidationException.throwIfAny(rules.errors());
                em.persist(new Observation(stored.getPatientId(), stored.getVisitId(), stored.getId(),
                        observation.getMeasureCode(), observation.getValue(), observation.getUnit(),
                        observation.getObservedAt() != null ? observation.getObservedAt() : stored.getCompletedAt()));
            }
            return stored;
        });
    }

    @Override
    public List<FormResponse> responsesOf(long patientId) throws StoreException {
        Permissions.require(database, session, Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery(
                "SELECT r FROM FormResponse r WHERE r.patientId = :patient ORDER BY r.completedAt DESC, r.id DESC",
                FormResponse.class).setParameter("patient", patientId).getResultList());
    }

    @Override
    public List<Observation> series(long patientId, String measureCode) throws StoreException {
        Permissions.require(database, session, Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT o FROM Observation o WHERE o.patientId = :patient "
                + "AND o.measureCode = :measure ORDER BY o.observedAt, o.id", Observation.class)
                .setParameter("patient", patientId).setParameter("measure", measureCode).getResultList());
    }

    @Override
    public List<Observation> observationsOf(java.util.Collection<Long> patientIds,
            java.util.Collection<String> measureCodes) throws StoreException {
        Permissions.require(database, session, Permission.CLINICAL_READ);
        List<Long> patients = List.copyOf(new java.util.TreeSet<>(patientIds));
        List<Observation> found = new java.util.ArrayList<>();
        if (measureCodes.isEmpty()) {
            return found;
        }
        // in slices: PostgreSQL and H2 take long IN lists, but a clinic's years of discharges need not be one statement
        for (int from = 0; from < patients.size(); from += 500) {
            List<Long> slice = patients.subList(from, Math.min(patients.size(), from + 500));
            found.addAll(database.read(em -> em.createQuery("SELECT o FROM Observation o WHERE o.patientId IN :patients "
                    + "AND o.measureCode IN :measures ORDER BY o.patientId, o.observedAt, o.id", Observation.class)
                    .setParameter("patients", slice).setParameter("measures", List.copyOf(measureCodes))
                    .getResultList()));
        }
        return found;
    }
}
