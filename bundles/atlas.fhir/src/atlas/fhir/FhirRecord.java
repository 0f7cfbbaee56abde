package atlas.fhir;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinician.Clinician;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.form.FormResponse;
import atlas.core.form.FormStatus;
import atlas.core.patient.PatientData;
import atlas.core.patient.PatientRecord;

/**
 * Everything Atlas holds about a patient ({@link PatientData}) as an HL7 FHIR R4 Bundle of type
 * collection (issue 20): the clinic as Organization, its clinicians as Practitioner and
 * PractitionerRole, the Patient, each episode's diagnoses as Conditions (ICD-10 by the edition's
 * system URL), the episodes of care, the visits as ambulatory Encounters with their status, every
 * score as an Observation at its visit - LOINC where a real code exists (only NPRS, 72514-3, so
 * far; each one looked up, none invented), else the measure's code in Atlas's own code system -
 * the forms' answers as QuestionnaireResponses; plans, goals and interventions given
 * ({@link FhirCare}), notes, signatures and the audit trail ({@link FhirNotes}), the headache diary
 * and red-flag screenings ({@link FhirDiary}). References point at the entries' full URLs.
 */
public final class FhirRecord {

    /** Atlas's own codes of measures (a URN: see {@link FhirPatients#RECORD_NUMBER_SYSTEM}). */
    public static final String MEASURE_SYSTEM = "urn:atlas:fhir:cs:measure";
    /** Atlas's forms, as the canonical a QuestionnaireResponse names ({@code urn:atlas:fhir:questionnaire:<form id>|<version>}). */
    public static final String QUESTIONNAIRE_PREFIX = "urn:atlas:fhir:questionnaire:";
    /** Atlas's user names of clinicians. */
    public static final String USER_SYSTEM = "urn:atlas:fhir:sid:user";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** ICD-10 editions by the name Atlas keeps them under (HL7 terminology; the German edition by BfArM's URL). */
    static final Map<String, String> DIAGNOSIS_SYSTEMS = Map.of(Diagnosis.ICD_10, "http://hl7.org/fhir/sid/icd-10",
            Diagnosis.ICD_10_CM, "http://hl7.org/fhir/sid/icd-10-cm", Diagnosis.ICD_10_GM,
            "http://fhir.de/CodeSystem/bfarm/icd-10-gm");
    /**
     * A measure of Atlas with a real LOINC code (checked against LOINC), and the form and item that
     * ask for it: exported under the code, and another system's score of the code read as that form.
     */
    record LoincMeasure(String measure, String code, String display, String formId, String item) {
    }

    /** 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported (active). */
    static final List<LoincMeasure> LOINC_MEASURES = List.of(new LoincMeasure("nprs", "72514-3",
            "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "atlas.nprs", "nprs"));
    /** Units that are UCUM units; others (points, index, count) are written as text only. */
    private static final Map<String, String> UCUM_UNITS = Map.of("mm", "mm", "degrees", "deg", "days", "d", "kPa",
            "kPa", "%", "%");
    /** Units of what the therapist measured at the examination, not what the patient answered. */
    private static final Set<String> EXAMINATION_UNITS = Set.of("mm", "degrees", "kPa");

    private final Bundle bundle = new Bundle();
    private final Entries entries = new Entries(bundle);
    private java.util.function.Function<String, java.util.Optional<atlas.api.form.FormDefinition>> forms;

    private FhirRecord() {
        bundle.setType(Bundle.BundleType.COLLECTION);
    }

    /** Everything held about the patient as a Bundle, stamped {@code now}, without Questionnaires (no forms known). */
    public static Bundle export(PatientData data, ClinicDetails clinic, LocalDateTime now) {
        return export(data, clinic, now, FhirQuestionnaires.NONE);
    }

    /**
     * Everything held about the patient as a Bundle, stamped {@code now}; {@code forms} gives the
     * installed definition of a form id, for the Questionnaires of the forms the responses were
     * filled with ({@link FhirQuestionnaires}).
     */
    public static Bundle export(PatientData data, ClinicDetails clinic, LocalDateTime now,
            java.util.function.Function<String, java.util.Optional<atlas.api.form.FormDefinition>> forms) {
        FhirRecord export = new FhirRecord();
        export.forms = forms;
        export.bundle.setTimestamp(Entries.date(now));
        PatientRecord record = data.record();
        Organization organization = export.organization(clinic);
        data.clinicians().forEach(clinician -> export.practitioner(clinician, organization));
        org.hl7.fhir.r4.model.Patient patient = FhirPatients.toFhir(record.patient());
        patient.setManagingOrganization(Entries.reference(organization));
        export.entries.add("Patient", record.patient().getId(), patient);
        for (atlas.core.episode.EpisodeOfCare episode : record.episodes()) {
            export.episode(episode, patient, organization);
        }
        for (Visit visit : record.visits()) {
            export.encounter(visit, patient);
        }
        FhirQuestionnaires.export(export.entries, record.responses(), forms);
        for (FormResponse response : record.responses()) {
            export.questionnaireResponse(response, patient);
        }
        for (atlas.core.form.Observation score : record.observations()) {
            export.observation(score, patient);
        }
        FhirDiary.export(export.entries, record, patient);
        FhirCare.export(export.entries, data, patient);
        FhirNotes.export(export.entries, data, patient, organization);
        return export.bundle;
    }

    /** Everything held about the patient as FHIR JSON (see {@link #export}). */
    public static String json(PatientData data, ClinicDetails clinic, LocalDateTime now) {
        return FhirJson.write(export(data, clinic, now));
    }

    /** Everything held about the patient as FHIR JSON, with the Questionnaires of its forms (see {@link #export}). */
    public static String json(PatientData data, ClinicDetails clinic, LocalDateTime now,
            java.util.function.Function<String, java.util.Optional<atlas.api.form.FormDefinition>> forms) {
        return FhirJson.write(export(data, clinic, now, forms));
    }

    /** The Atlas key of an episode's diagnosis at {@code position}: what its Condition and a plan addressing it share. */
    static long conditionKey(long episodeId, int position) {
        return episodeId * 100 + position;
    }

    /** What a reader sees of Atlas's measure codes: LOINC first where there is one, then Atlas's. */
    static CodeableConcept measure(String measureCode) {
        CodeableConcept code = new CodeableConcept().setText(measureCode);
        LOINC_MEASURES.stream().filter(loinc -> loinc.measure().equals(measureCode)).findFirst()
                .ifPresent(loinc -> code.addCoding(new Coding(LOINC, loinc.code(), loinc.display())));
        return code.addCoding(new Coding(MEASURE_SYSTEM, measureCode, null));
    }

    private void practitioner(Clinician clinician, Organization organization) {
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(USER_SYSTEM).setValue(clinician.getUsername());
        practitioner.setActive(clinician.isActive());
        practitioner.addName().setText(clinician.getDisplayName());
        entries.add("Practitioner", clinician.getId(), practitioner);
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(Entries.reference(practitioner)).setOrganization(Entries.reference(organization));
        if (clinician.getProfession() != null && !clinician.getProfession().isBlank()) {
            role.addCode().setText(clinician.getProfession());
        }
        entries.add("PractitionerRole", clinician.getId(), role);
    }

    private Organization organization(ClinicDetails clinic) {
        Organization organization = new Organization();
        organization.setName(clinic.name() == null || clinic.name().isBlank() ? "Atlas clinic" : clinic.name());
        if (clinic.phone() != null && !clinic.phone().isBlank()) {
            organization.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(clinic.phone());
        }
        if (clinic.address() != null && !clinic.address().isBlank()) {
            organization.addAddress().setText(clinic.address());
        }
        entries.add("Organization", 0L, organization);
        return organization;
    }

    private void episode(atlas.core.episode.EpisodeOfCare episode, org.hl7.fhir.r4.model.Patient patient,
            Organization organization) {
        EpisodeOfCare resource = new EpisodeOfCare();
        resource.setStatus(switch (episode.getStatus()) {
        case ACTIVE -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
        case ON_HOLD -> EpisodeOfCare.EpisodeOfCareStatus.ONHOLD;
        case DISCHARGED -> EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        case CANCELLED -> EpisodeOfCare.EpisodeOfCareStatus.CANCELLED;
        });
        resource.setPatient(Entries.reference(patient)).setManagingOrganization(Entries.reference(organization));
        Period period = new Period().setStartElement(new DateTimeType(episode.getStartDate().toString()));
        if (episode.getEndDate() != null && episode.getStatus() == EpisodeStatus.DISCHARGED) {
            period.setEndElement(new DateTimeType(episode.getEndDate().toString())); // days: no time zone
        }
        resource.setPeriod(period);
        entries.add("EpisodeOfCare", episode.getId(), resource);
        List<Diagnosis> diagnoses = episode.getDiagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            Condition condition = condition(diagnoses.get(i), patient, episode);
            entries.add("Condition", conditionKey(episode.getId(), i), condition);
            resource.addDiagnosis().setCondition(Entries.reference(condition)).setRank(i + 1);
        }
    }

    private Condition condition(Diagnosis diagnosis, org.hl7.fhir.r4.model.Patient patient,
            atlas.core.episode.EpisodeOfCare episode) {
        Condition condition = new Condition();
        CodeableConcept code = new CodeableConcept().setText(diagnosis.getText());
        String system = DIAGNOSIS_SYSTEMS.get(diagnosis.getCodeSystem());
        if (system != null && diagnosis.getCode() != null) {
            code.addCoding(new Coding(system, diagnosis.getCode(), diagnosis.getText()));
        }
        condition.setCode(code);
        condition.getCategoryFirstRep().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
                "encounter-diagnosis", "Encounter Diagnosis"));
        condition.getClinicalStatus().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical",
                episode.isActive() ? "active" : "resolved", null));
        condition.getVerificationStatus().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", null));
        condition.setSubject(Entries.reference(patient));
        condition.setRecordedDateElement(new DateTimeType(episode.getStartDate().toString()));
        return condition;
    }

    private void encounter(Visit visit, org.hl7.fhir.r4.model.Patient patient) {
        Encounter encounter = new Encounter();
        encounter.setStatus(switch (visit.getStatus()) {
        case BOOKED -> Encounter.EncounterStatus.PLANNED;
        case ARRIVED -> Encounter.EncounterStatus.ARRIVED;
        case COMPLETED -> Encounter.EncounterStatus.FINISHED;
        case CANCELLED, NO_SHOW -> Encounter.EncounterStatus.CANCELLED;
        });
        encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        encounter.setSubject(Entries.reference(patient));
        encounter.setPeriod(new Period().setStart(Entries.date(visit.getStartsAt())).setEnd(Entries.date(visit.getStartsAt()
                .plusMinutes(visit.getDurationMinutes()))));
        Reference episode = entries.to("EpisodeOfCare", visit.getEpisodeId());
        if (episode != null) {
            encounter.addEpisodeOfCare(episode);
        }
        Reference clinician = entries.to("Practitioner", visit.getClinicianId());
        if (clinician != null) {
            encounter.addParticipant().setIndividual(clinician);
        }
        entries.add("Encounter", visit.getId(), encounter);
    }

    private void observation(atlas.core.form.Observation score, org.hl7.fhir.r4.model.Patient patient) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        boolean measured = EXAMINATION_UNITS.contains(score.getUnit());
        observation.getCategoryFirstRep().addCoding(new Coding(
                OBSERVATION_CATEGORY, measured ? "exam" : "survey",
                measured ? "Exam" : "Survey"));
        observation.setCode(measure(score.getMeasureCode()));
        observation.setSubject(Entries.reference(patient));
        observation.setEffective(new DateTimeType(Entries.date(score.getObservedAt())));
        Quantity value = new Quantity().setValue(score.getValue());
        String unit = score.getUnit();
        if (unit != null && UCUM_UNITS.containsKey(unit)) {
            value.setUnit(unit).setSystem(UCUM).setCode(UCUM_UNITS.get(unit));
        } else if (unit != null) {
            value.setUnit(unit);
        }
        observation.setValue(value);
        observation.setEncounter(entries.to("Encounter", score.getVisitId()));
        Reference form = entries.to("QuestionnaireResponse", score.getResponseId());
        if (form != null) {
            observation.addDerivedFrom(form); // the answers it was scored from: an import scores them again
        }
        entries.add("Observation", score.getId(), observation);
    }

    /**
     * A form's answers as given, under their item ids, each with the type its item has when the
     * form is known ({@link FhirQuestionnaires#answer}), else numbers as numbers and the rest as
     * text. The item texts stay out: many instruments' wording is licensed (clinical reference,
     * "Licences"), and the form's id and version name the instrument.
     */
    private void questionnaireResponse(FormResponse response, org.hl7.fhir.r4.model.Patient patient) {
        QuestionnaireResponse resource = new QuestionnaireResponse();
        resource.setQuestionnaire(QUESTIONNAIRE_PREFIX + response.getFormId()
                + (response.getFormVersion() == null ? "" : "|" + response.getFormVersion()));
        resource.setStatus(response.getStatus() == FormStatus.FINAL ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        resource.setSubject(Entries.reference(patient)).setEncounter(entries.to("Encounter", response.getVisitId()));
        if (response.getCompletedAt() != null) {
            resource.setAuthored(Entries.date(response.getCompletedAt()));
        }
        // in the form's order of items (a Questionnaire's order is part of it), any others after them
        java.util.Map<String, atlas.api.form.FormItem> items = new java.util.LinkedHashMap<>();
        FhirQuestionnaires.of(response, forms).ifPresent(form -> form.items().forEach(item -> items.put(item.id(), item)));
        java.util.List<String> order = new java.util.ArrayList<>(items.keySet());
        response.getAnswers().keySet().stream().filter(item -> !items.containsKey(item)).sorted().forEach(order::add);
        for (String item : order) {
            String answer = response.getAnswers().get(item);
            if (answer != null && !answer.isBlank()) {
                resource.addItem().setLinkId(item).addAnswer().setValue(FhirQuestionnaires.answer(items.get(item), answer));
            }
        }
        entries.add("QuestionnaireResponse", response.getId(), resource);
    }
}
