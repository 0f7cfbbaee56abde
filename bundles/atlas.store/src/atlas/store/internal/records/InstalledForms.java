package atlas.store.internal.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.core.episode.Visit;
import atlas.core.form.ContainedForm;
import atlas.core.form.FormResponse;
import atlas.core.form.FormVersion;
import atlas.core.form.FormStatus;
import atlas.core.form.Observation;
import atlas.core.validation.FieldRules;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;

/**
 * The forms installed now (built-in and a clinic's; a form bundle comes and goes while Atlas runs)
 * and the one way a filled form is written: scored here by the form's own definition, saved final
 * with one observation per result at the visit's time - whether filled in the window
 * ({@link JpaFormResponseService#submit}) or brought in from another system's export
 * ({@link ImportedHistories}). No caller can store results its answers do not give.
 */
final class InstalledForms {

    /** The forms as registered (a plugin's as it came), and what of them Atlas offers ({@link ContainedForm}). */
    private final List<FormDefinition> registered = new CopyOnWriteArrayList<>();
    private volatile List<FormDefinition> forms = List.of();

    synchronized void add(FormDefinition form) {
        registered.add(form);
        forms = ContainedForm.check(registered).forms();
    }

    synchronized void remove(FormDefinition form) {
        registered.remove(form);
        forms = ContainedForm.check(registered).forms();
    }

    Optional<FormDefinition> find(String formId) {
        return forms.stream().filter(form -> form.id().equals(formId)).findFirst();
    }

    /** The installed form {@code formId}, or a refusal naming the forms that are installed. */
    FormDefinition definition(String formId) {
        for (FormDefinition form : forms) {
            if (form.id().equals(formId)) {
                return form;
            }
        }
        throw new ValidationException(new FieldError("formId", "Form", Wording.of("form.notInstalled", formId,
                forms.stream().map(FormDefinition::id).sorted().collect(Collectors.joining(", ")))));
    }

    /** The answers given (blank ones left out, each stripped), scored; refused with each item's problem. */
    static Scored score(FormDefinition form, Map<String, String> answers) {
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
            throw new ValidationException(new FieldError(form.id(), form.title(), Wording.of("form.nothingScored")));
        }
        return new Scored(form, given, scoring.results());
    }

    /** A form's answers and the results they gave. */
    record Scored(FormDefinition form, Map<String, String> answers, List<FormResult> results) {
    }

    /**
     * Writes a scored form for {@code visit}, in the caller's transaction: the response, final, at
     * the visit's time (a paper form entered later still belongs to the visit's day), audited, and
     * one observation per result.
     */
    static FormResponse write(EntityManager em, Visit visit, Scored scored) {
        return write(em, visit, scored, new java.util.HashSet<>());
    }

    /**
     * As {@link #write(EntityManager, Visit, Scored)}, one of many in the caller's unit of work:
     * {@code checked} holds the forms (id and version) whose questions it has checked already. The
     * check's query would otherwise run for every form and flush all that is pending before it -
     * an import of 1,170 forms took 5.6 s instead of 0.8 s to register.
     */
    static FormResponse write(EntityManager em, Visit visit, Scored scored, java.util.Set<String> checked) {
        FormDefinition form = scored.form();
        if (checked.add(form.id() + "|" + form.version())) {
            requireSameQuestions(em, form);
        }
        FormResponse response = new FormResponse(visit.getPatientId(), visit.getId(), form.id(), form.version(),
                visit.getStartsAt());
        response.getAnswers().putAll(scored.answers());
        response.setStatus(FormStatus.FINAL);
        for (FormResult result : scored.results()) {
            response.getResults().put(result.measureCode(), number(result.value()));
        }
        FormResponse stored = Records.create(em, response, response.validate(), "FormResponse", FormResponse::getId,
                response.getPatientId(), form.id() + " " + form.version());
        for (FormResult result : scored.results()) {
            FieldRules rules = new FieldRules().requiredText("measureCode", "Measure", result.measureCode(), 40)
                    .optionalText("unit", "Unit", result.unit(), 20)
                    .range("value", result.measureCode(), result.value(), -1e9, 1e9);
            ValidationException.throwIfAny(rules.errors());
            em.persist(new Observation(stored.getPatientId(), stored.getVisitId(), stored.getId(),
                    result.measureCode(), result.value(), result.unit(), visit.getStartsAt()));
        }
        return stored;
    }

    /**
     * The form's version asks what it asked when first used here ({@link FormVersion}), else it is
     * refused: a response keeps only the version and the answers, so changed questions under the
     * same version would have stored answers read with other questions. The first use records it.
     */
    private static void requireSameQuestions(EntityManager em, FormDefinition form) {
        List<FormVersion> known = em.createQuery("SELECT v FROM FormVersion v WHERE v.formId = :form"
                + " AND v.formVersion = :version", FormVersion.class).setParameter("form", form.id())
                .setParameter("version", form.version()).getResultList();
        if (known.isEmpty()) {
            em.persist(new FormVersion(form.id(), form.version(), form.items(), java.time.Instant.now()));
        } else if (!known.get(0).asks(form.items())) {
            throw new ValidationException(new FieldError("formVersion", form.title(), Wording.of("form.itemsChanged",
                    form.title(), ContainedForm.plugin(form), form.version(), java.time.LocalDate.ofInstant(known.get(0)
                            .firstUsedAt(), java.time.ZoneId.systemDefault()))));
        }
    }

    /** "17.8", "24": as the response keeps its results. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString();
    }
}
