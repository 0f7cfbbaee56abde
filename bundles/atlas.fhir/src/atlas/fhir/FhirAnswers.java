package atlas.fhir;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Type;

import atlas.api.validation.FieldError;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.core.form.FormResponseService;
import atlas.core.patient.PatientHistory;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.validation.Wording;

/**
 * What a patient answered and reported, read back from Atlas's own FHIR (the reverse of
 * {@link FhirRecord#export}'s QuestionnaireResponses and of {@link FhirDiary}): a completed form of
 * an Atlas questionnaire as its answers by item id, checked against the installed form of the same
 * version (Atlas scores it again: results sent with it are not taken); a headache diary entry from
 * its components; a red-flag screening with the flags found. Each is checked by the rules it is
 * saved under; what cannot be kept goes to the skipped list with the reason, what is wrong to the
 * problems.
 */
final class FhirAnswers {

    private final List<FhirImport.Problem> skipped;
    private final List<FhirImport.Problem> problems;
    private final LocalDateTime now = LocalDateTime.now();

    FhirAnswers(List<FhirImport.Problem> skipped, List<FhirImport.Problem> problems) {
        this.skipped = skipped;
        this.problems = problems;
    }

    /** A completed form of an installed Atlas questionnaire, its answers checked by the form; else empty. */
    Optional<PatientHistory.FilledForm> form(FhirHistories.Sent sent, FormResponseService forms) {
        QuestionnaireResponse response = (QuestionnaireResponse) sent.resource();
        String canonical = response.getQuestionnaire() == null ? "" : response.getQuestionnaire();
        if (!canonical.startsWith(FhirRecord.QUESTIONNAIRE_PREFIX)) {
            return skip(sent, Wording.of("fhir.notAtlasForm", canonical));
        }
        if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            return skip(sent, Wording.of("fhir.formNotCompleted"));
        }
        String[] form = canonical.substring(FhirRecord.QUESTIONNAIRE_PREFIX.length()).split("\\|", 2);
        Optional<String> installed = forms.installedVersion(form[0]);
        if (installed.isEmpty()) {
            return skip(sent, Wording.of("fhir.formNotInstalled", form[0]));
        }
        String version = form.length > 1 ? form[1] : "";
        if (!installed.get().equals(version)) {
            return skip(sent, Wording.of("fhir.formVersion", form[0], version, installed.get()));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : response.getItem()) {
            if (item.getAnswer().size() != 1) {
                problems.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.oneAnswer", item.getLinkId())));
                return Optional.empty();
            }
            Type value = item.getAnswerFirstRep().getValue();
            answers.put(item.getLinkId(), value instanceof Coding coding ? coding.getCode()
                    : value instanceof PrimitiveType<?> primitive ? primitive.getValueAsString() : null);
        }
        return scored(sent, forms, new PatientHistory.FilledForm(form[0], version, answers));
    }

    /** Whether {@code observation} is a score of a LOINC code one of Atlas's forms asks for. */
    static boolean answersAForm(Observation observation) {
        return loincForm(observation) != null;
    }

    /** The form whose one item is the Observation's LOINC code ({@link FhirRecord#LOINC_MEASURES}), else null. */
    private static FhirRecord.LoincMeasure loincForm(Observation observation) {
        return observation.getCode().getCoding().stream().filter(coding -> FhirRecord.LOINC.equals(coding.getSystem()))
                .flatMap(coding -> FhirRecord.LOINC_MEASURES.stream().filter(loinc -> loinc.code().equals(coding
                        .getCode()))).findFirst().orElse(null);
    }

    /**
     * Another system's score of a code an Atlas form asks for (a pain rating under LOINC 72514-3)
     * as that form filled with its value - scored by the installed form as if filled here.
     */
    Optional<PatientHistory.FilledForm> measured(FhirHistories.Sent sent, FormResponseService forms) {
        Observation observation = (Observation) sent.resource();
        FhirRecord.LoincMeasure form = loincForm(observation);
        Optional<atlas.api.form.FormDefinition> installed = forms.installed(form.formId());
        if (installed.isEmpty()) {
            return skip(sent, Wording.of("fhir.formNotInstalled", form.formId()));
        }
        String value = observation.hasValueQuantity() && observation.getValueQuantity().hasValue()
                ? observation.getValueQuantity().getValue().stripTrailingZeros().toPlainString()
                : observation.hasValueIntegerType() ? observation.getValueIntegerType().getValueAsString() : null;
        if (value == null) {
            return skip(sent, Wording.of("fhir.noValue"));
        }
        return scored(sent, forms, new PatientHistory.FilledForm(form.formId(), installed.get().version(), Map.of(form.item(),
                value)));
    }

    /** The form, when the installed form scores its answers; else empty, each item's problem listed. */
    private Optional<PatientHistory.FilledForm> scored(FhirHistories.Sent sent, FormResponseService forms,
            PatientHistory.FilledForm form) {
        return checked(sent, form, forms.score(form.formId(), form.answers()).problems());
    }

    /** A diary entry of the headache diary's code system, for the patient it comes with. */
    Optional<HeadacheDiaryEntry> attack(FhirHistories.Sent sent) {
        Observation attack = (Observation) sent.resource();
        if (!attack.hasEffectivePeriod() || !attack.getEffectivePeriod().hasStart()) {
            return skip(sent, Wording.of("fhir.noStart"));
        }
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(0, time(attack.getEffectivePeriod().getStart()), null, null);
        for (Observation.ObservationComponentComponent component : attack.getComponent()) {
            String code = component.getCode().getCodingFirstRep().getCode();
            try {
                field(entry, code == null ? "" : code, component.getValue());
            } catch (RuntimeException wrong) { // a value of another type, or a word the field does not know
                problems.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.diaryField", code,
                        component.getValue() == null ? "" : component.getValue().primitiveValue())));
                return Optional.empty();
            }
        }
        return checked(sent, entry, entry.validate(now));
    }

    private static void field(HeadacheDiaryEntry entry, String code, Type value) {
        switch (code) {
        case "duration" -> entry.setDurationMinutes(((Quantity) value).getValue().intValueExact());
        case "intensity" -> entry.setIntensity(((IntegerType) value).getValue());
        case "side" -> entry.setSide(HeadacheSide.valueOf(value.primitiveValue()));
        case "side-locked" -> entry.setSideLocked(yes(value));
        case "pulsating" -> entry.setPulsating(yes(value));
        case "pressing" -> entry.setPressing(yes(value));
        case "worse-with-activity" -> entry.setWorseWithActivity(yes(value));
        case "nausea-or-vomiting" -> entry.setNauseaOrVomiting(yes(value));
        case "photophobia" -> entry.setPhotophobia(yes(value));
        case "phonophobia" -> entry.setPhonophobia(yes(value));
        case "aura-type" -> entry.setAuraType(value.primitiveValue());
        case "aura-duration" -> entry.setAuraMinutes(((Quantity) value).getValue().intValueExact());
        case "provoked-by-neck" -> entry.setProvokedByNeck(yes(value));
        case "provoked-by-jaw" -> entry.setProvokedByJaw(yes(value));
        case "medication" -> entry.setMedicationName(value.primitiveValue());
        case "medication-class" -> entry.setMedicationClass(MedicationClass.valueOf(value.primitiveValue()));
        case "medication-time" -> entry.setMedicationTime(LocalTime.parse(value.primitiveValue()));
        case "relief-at-2h" -> entry.setReliefAtTwoHours(yes(value));
        case "triggers" -> entry.setTriggers(value.primitiveValue());
        case "disability" -> entry.setDisability(((IntegerType) value).getValue());
        default -> throw new IllegalArgumentException(code);
        }
    }

    private static boolean yes(Type value) {
        return ((BooleanType) value).booleanValue();
    }

    /**
     * A red-flag screening: its time, the flags found and its notes (who screened is found by
     * {@link FhirHistories}, among the file's clinicians). An acknowledgement made
     * elsewhere stays behind (named in the skipped list): a flag holds the red-flag gate until a
     * clinician of this clinic has acknowledged it.
     */
    Optional<RedFlagScreening> screening(FhirHistories.Sent sent) {
        Observation observation = (Observation) sent.resource();
        if (!observation.hasEffectiveDateTimeType()) {
            return skip(sent, Wording.of("fhir.noStart"));
        }
        List<String> flags = observation.getComponent().stream().filter(component -> component.getValue()
                instanceof BooleanType found && found.booleanValue()).map(component -> component.getCode()
                        .getCodingFirstRep()).filter(coding -> FhirDiary.RED_FLAG_SYSTEM.equals(coding.getSystem()))
                .map(Coding::getCode).toList();
        RedFlagScreening screening = new RedFlagScreening(0, time(observation.getEffectiveDateTimeType().getValue()),
                null, flags);
        for (Annotation note : observation.getNote()) {
            if (note.hasAuthor() || note.getText().startsWith(FhirDiary.ACKNOWLEDGED)) {
                if (!flags.isEmpty()) {
                    skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.acknowledgement")));
                }
            } else {
                screening.setNotes(note.getText());
            }
        }
        return checked(sent, screening, screening.validate());
    }

    private <T> Optional<T> checked(FhirHistories.Sent sent, T record, List<FieldError> errors) {
        errors.forEach(error -> problems.add(new FhirImport.Problem(sent.where(), error.label() + ": " + error.message())));
        return errors.isEmpty() ? Optional.of(record) : Optional.empty();
    }

    private <T> Optional<T> skip(FhirHistories.Sent sent, String why) {
        skipped.add(new FhirImport.Problem(sent.where(), why));
        return Optional.empty();
    }

    private static LocalDateTime time(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
