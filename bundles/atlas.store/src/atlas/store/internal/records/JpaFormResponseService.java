package atlas.store.internal.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import atlas.core.episode.Visit;
import atlas.api.form.FormDefinition;
import atlas.core.form.FormResponse;
import atlas.core.form.FormResponseService;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.core.form.FormStatus;
import atlas.core.form.Observation;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;

/**
 * Form responses and observations on the clinical database. A form is written only through
 * {@link #submit}: the answers are scored here by the form's own definition (built-in or a clinic's,
 * as registered now), so no caller can store results its answers do not give.
 */
@Component(service = FormResponseService.class)
public class JpaFormResponseService extends RecordService implements FormResponseService {

    /** The forms installed now; a clinic's form bundle comes and goes while Atlas runs. */
    private final List<FormDefinition> forms = new CopyOnWriteArrayList<>();

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
        return definition(formId).score(Map.copyOf(answers));
    }

    @Override
    public FormResponse submit(long visitId, String formId, Map<String, String> answers) throws StoreException {
        require(Permission.CLINICAL_WRITE);
        FormDefinition form = definition(formId);
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((item, answer) -> {
            if (answer != null && !answer.isBlank()) {
                given.put(item, answer.strip());
            }
        });
        FormScoring scoring = form.score(given);
        if (!scoring.problems().isEmpty()) {
            throw new ValidationException(scoring.problems());
        }
        if (scoring.results().isEmpty()) {
            throw new ValidationException(new FieldError(formId, form.title(), Wording.of("form.nothingScored")));
        }
        return database.write(em -> {
            Visit visit = em.find(Visit.class, visitId);
            if (visit == null) {
                throw new ValidationException(new FieldError("visitId", "Visit", Wording.of("form.noVisit", visitId)));
            }
            EpisodeClosure.requireOpen(em, visit.getEpisodeId());
            // filled at the visit: a paper form entered later still belongs to the visit's day
            FormResponse response = new FormResponse(visit.getPatientId(), visit.getId(), form.id(), form.version(),
                    visit.getStartsAt());
            response.getAnswers().putAll(given);
            response.setStatus(FormStatus.FINAL);
            for (FormResult result : scoring.results()) {
                response.getResults().put(result.measureCode(), number(result.value()));
            }
            FormResponse stored = Records.create(em, response, response.validate(), "FormResponse", FormResponse::getId,
                    response.getPatientId(), form.id() + " " + form.version());
            for (FormResult result : scoring.results()) {
                FieldRules rules = new FieldRules().requiredText("measureCode", "Measure", result.measureCode(), 40)
                        .optionalText("unit", "Unit", result.unit(), 20)
                        .range("value", result.measureCode(), result.value(), -1e9, 1e9);
                ValidationException.throwIfAny(rules.errors());
                em.persist(new Observation(stored.getPatientId(), stored.getVisitId(), stored.getId(),
                        result.measureCode(), result.value(), result.unit(), visit.getStartsAt()));
            }
            return stored;
        });
    }

    /** The installed form {@code formId}, or a refusal naming the forms that are installed. */
    private FormDefinition definition(String formId) {
        for (FormDefinition form : forms) {
            if (form.id().equals(formId)) {
                return form;
            }
        }
        throw new ValidationException(new FieldError("formId", "Form", Wording.of("form.notInstalled", formId,
                forms.stream().map(FormDefinition::id).sorted().collect(Collectors.joining(", ")))));
    }

    /** "17.8", "24": as the response keeps its results. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString();
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
