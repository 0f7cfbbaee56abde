package atlas.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import atlas.core.clinic.ClinicDetails;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.patient.PatientRecord;

/**
 * A patient's record as an HL7 FHIR R4 Bundle of type collection (issue 20, first part): the clinic
 * as Organization, the Patient, each episode's diagnoses as Conditions (ICD-10 by the edition's
 * system URL), the episodes of care, the visits as ambulatory Encounters with their status, and
 * every score as an Observation at its visit - LOINC where a real code exists (only NPRS,
 * 72514-3, so far; each one looked up, none invented), else the measure's code in Atlas's own
 * code system. Each entry's id is derived from what it is in Atlas (the same record exports
 * with the same ids), and references point at the entries' full URLs.
 */
public final class FhirRecord {

    /** Atlas's own codes of measures (a URN: see {@link FhirPatients#RECORD_NUMBER_SYSTEM}). */
    public static final String MEASURE_SYSTEM = "urn:atlas:fhir:cs:measure";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    /** ICD-10 editions by the name Atlas keeps them under (HL7 terminology; the German edition by BfArM's URL). */
    private static final Map<String, String> DIAGNOSIS_SYSTEMS = Map.of(Diagnosis.ICD_10, "http://hl7.org/fhir/sid/icd-10",
            Diagnosis.ICD_10_CM, "http://hl7.org/fhir/sid/icd-10-cm", Diagnosis.ICD_10_GM,
            "http://fhir.de/CodeSystem/bfarm/icd-10-gm");
    /** LOINC codes of Atlas's measures, each checked against LOINC (72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported, active). */
    private static final Map<String, String[]> LOINC_CODES = Map.of("nprs", new String[] { "72514-3",
            "Pain severity - 0-10 verbal numeric rating [Score] - Reported" });
    /** Units that are UCUM units; others (points, index, count) are written as text only. */
    private static final Map<String, String> UCUM_UNITS = Map.of("mm", "mm", "degrees", "deg", "days", "d", "kPa",
            "kPa", "%", "%");
    /** Units of what the therapist measured at the examination, not what the patient answered. */
    private static final java.util.Set<String> EXAMINATION_UNITS = java.util.Set.of("mm", "degrees", "kPa");

    private final Bundle bundle = new Bundle();
    private final Map<String, Resource> byKey = new HashMap<>();

    private FhirRecord() {
        bundle.setType(Bundle.BundleType.COLLECTION);
    }

    /** The record as a Bundle, stamped {@code now}. */
    public static Bundle export(PatientRecord record, ClinicDetails clinic, LocalDateTime now) {
        FhirRecord export = new FhirRecord();
        export.bundle.setTimestamp(date(now));
        Organization organization = export.organization(clinic);
        org.hl7.fhir.r4.model.Patient patient = FhirPatients.toFhir(record.patient());
        patient.setManagingOrganization(export.reference(organization));
        export.add("Patient", record.patient().getId(), patient);
        for (atlas.core.episode.EpisodeOfCare episode : record.episodes()) {
            export.episode(episode, patient, organization);
        }
        for (Visit visit : record.visits()) {
            export.encounter(visit, patient);
        }
        for (atlas.core.form.Observation score : record.observations()) {
            export.observation(score, patient);
        }
        return export.bundle;
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
        add("Organization", 0L, organization);
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
        resource.setPatient(reference(patient)).setManagingOrganization(reference(organization));
        Period period = new Period().setStartElement(new DateTimeType(episode.getStartDate().toString()));
        if (episode.getEndDate() != null && episode.getStatus() == EpisodeStatus.DISCHARGED) {
            period.setEndElement(new DateTimeType(episode.getEndDate().toString())); // days: no time zone
        }
        resource.setPeriod(period);
        add("EpisodeOfCare", episode.getId(), resource);
        List<Diagnosis> diagnoses = episode.getDiagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            Condition condition = condition(diagnoses.get(i), patient, episode);
            add("Condition", episode.getId() * 100 + i, condition);
            resource.addDiagnosis().setCondition(reference(condition)).setRank(i + 1);
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
        condition.setSubject(reference(patient));
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
        encounter.setSubject(reference(patient));
        encounter.setPeriod(new Period().setStart(date(visit.getStartsAt())).setEnd(date(visit.getStartsAt()
                .plusMinutes(visit.getDurationMinutes()))));
        Resource episode = byKey.get("EpisodeOfCare/" + visit.getEpisodeId());
        if (episode != null) {
            encounter.addEpisodeOfCare(reference(episode));
        }
        add("Encounter", visit.getId(), encounter);
    }

    private void observation(atlas.core.form.Observation score, org.hl7.fhir.r4.model.Patient patient) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        boolean measured = EXAMINATION_UNITS.contains(score.getUnit());
        observation.getCategoryFirstRep().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", measured ? "exam" : "survey",
                measured ? "Exam" : "Survey"));
        CodeableConcept code = new CodeableConcept().setText(score.getMeasureCode());
        String[] loinc = LOINC_CODES.get(score.getMeasureCode());
        if (loinc != null) {
            code.addCoding(new Coding(LOINC, loinc[0], loinc[1]));
        }
        code.addCoding(new Coding(MEASURE_SYSTEM, score.getMeasureCode(), null));
        observation.setCode(code);
        observation.setSubject(reference(patient));
        observation.setEffective(new DateTimeType(date(score.getObservedAt())));
        Quantity value = new Quantity().setValue(score.getValue());
        String unit = score.getUnit();
        if (unit != null && UCUM_UNITS.containsKey(unit)) {
            value.setUnit(unit).setSystem(UCUM).setCode(UCUM_UNITS.get(unit));
        } else if (unit != null) {
            value.setUnit(unit);
        }
        observation.setValue(value);
        Resource visit = score.getVisitId() == null ? null : byKey.get("Encounter/" + score.getVisitId());
        if (visit != null) {
            observation.setEncounter(reference(visit));
        }
        add("Observation", score.getId(), observation);
    }

    /** Adds {@code resource} under an id derived from what it is in Atlas: a record exports with the same ids. */
    private void add(String type, Long atlasId, Resource resource) {
        String key = type + "/" + atlasId;
        String id = UUID.nameUUIDFromBytes(("atlas:" + key).getBytes(StandardCharsets.UTF_8)).toString();
        resource.setId("urn:uuid:" + id);
        bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
        byKey.put(key, resource);
    }

    private Reference reference(Resource resource) {
        return new Reference(resource.getIdElement().getValue());
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

}
