package atlas.store.internal.records;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import atlas.core.episode.Visit;
import atlas.api.form.FormDefinition;
import atlas.core.form.FormResponse;
import atlas.core.form.FormResponseService;
import atlas.api.form.FormScoring;
import atlas.core.form.Observation;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;

/**
 * Form responses and observations on the clinical database. A form is written only through
 * {@link #submit} (or brought in with an imported patient): the answers are scored by the form's
 * own definition ({@link InstalledForms}), so no caller can store results its answers do not give.
 */
@Component(service = FormResponseService.class)
public class JpaFormResponseService extends RecordService implements FormResponseService {

    private final InstalledForms forms = new InstalledForms();

    @Activate
    public JpaFormResponseService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addForm(FormDefinition form) {
        forms.add(form);
    }

    public void removeForm(FormDefinition form) {
        forms.remove(form);
    }

    @Override
    public FormScoring score(String formId, Map<String, String> answers) {
        return forms.definition(formId).score(Map.copyOf(answers));
    }

    @Override
    public java.util.Optional<FormDefinition> installed(String formId) {
        return forms.find(formId);
    }

    @Override
    public FormResponse submit(long visitId, String formId, Map<String, String> answers) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        InstalledForms.Scored scored = InstalledForms.score(forms.definition(formId), answers);
        return database.write(em -> {
            Visit visit = em.find(Visit.class, visitId);
            if (visit == null) {
                throw new ValidationException(new FieldError("visitId", "Visit", Wording.of("form.noVisit", visitId)));
            }
            EpisodeClosure.requireOpen(em, visit.getEpisodeId());
            return InstalledForms.write(em, visit, scored);
        });
    }

    @Override
    public List<FormResponse> responsesOf(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery(
                "SELECT r FROM FormResponse r WHERE r.patientId = :patient ORDER BY r.completedAt DESC, r.id DESC",
                FormResponse.class).setParameter("patient", patientId).getResultList());
    }

    @Override
    public List<Observation> series(long patientId, String measureCode) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT o FROM Observation o WHERE o.patientId = :patient "
                + "AND o.measureCode = :measure ORDER BY o.observedAt, o.id", Observation.class)
                .setParameter("patient", patientId).setParameter("measure", measureCode).getResultList());
    }

    @Override
    public List<Observation> observationsOf(java.util.Collection<Long> patientIds,
            java.util.Collection<String> measureCodes) throws StoreException {
        require(Permission.CLINICAL_READ);
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
