package atlas.fhir;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.Type;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.patient.PatientRecord;
import atlas.core.redflag.RedFlagScreening;

/**
 * What the patient reported outside the forms: each headache diary entry as one Observation of
 * the attack (its period, and every field of the clinical reference's diary as a component under
 * Atlas's diary code system - LOINC has no panel of a headache diary), and each red-flag screening
 * as an Observation whose components are the flags found, with the acknowledgement as a note.
 */
final class FhirDiary {

    static final String DIARY_SYSTEM = "urn:atlas:fhir:cs:headache-diary";
    static final String RED_FLAG_SYSTEM = "urn:atlas:fhir:cs:red-flag";
    /** How the note of a screening's acknowledgement begins (the import leaves it behind). */
    static final String ACKNOWLEDGED = "Acknowledged ";

    private FhirDiary() {
    }

    static void export(Entries entries, PatientRecord record, org.hl7.fhir.r4.model.Patient patient) {
        for (HeadacheDiaryEntry entry : record.diary()) {
            entries.add("Observation", "diary-" + entry.getId(), attack(entry, patient));
        }
        for (RedFlagScreening screening : record.redFlagScreenings()) {
            entries.add("Observation", "red-flags-" + screening.getId(), screening(entries, screening, patient));
        }
    }

    private static Observation attack(HeadacheDiaryEntry entry, org.hl7.fhir.r4.model.Patient patient) {
        Observation attack = new Observation();
        attack.setStatus(Observation.ObservationStatus.FINAL);
        attack.addCategory().addCoding(new Coding(FhirRecord.OBSERVATION_CATEGORY, "survey", "Survey"));
        attack.setCode(Entries.atlasCode(DIARY_SYSTEM, "attack", "Headache diary entry"));
        attack.setSubject(Entries.reference(patient));
        attack.addPerformer(Entries.reference(patient)); // patient-reported
        Period when = new Period().setStart(Entries.date(entry.getStartsAt()));
        if (entry.getDurationMinutes() != null) {
            when.setEnd(Entries.date(entry.getStartsAt().plusMinutes(entry.getDurationMinutes())));
            component(attack, "duration", new Quantity().setValue(entry.getDurationMinutes()).setUnit("min")
                    .setSystem(FhirRecord.UCUM).setCode("min"));
        }
        attack.setEffective(when);
        component(attack, "intensity", entry.getIntensity() == null ? null : new IntegerType(entry.getIntensity()));
        component(attack, "side", entry.getSide() == null ? null : new StringType(entry.getSide().name()));
        component(attack, "side-locked", new BooleanType(entry.isSideLocked()));
        component(attack, "pulsating", new BooleanType(entry.isPulsating()));
        component(attack, "pressing", new BooleanType(entry.isPressing()));
        component(attack, "worse-with-activity", new BooleanType(entry.isWorseWithActivity()));
        component(attack, "nausea-or-vomiting", new BooleanType(entry.isNauseaOrVomiting()));
        component(attack, "photophobia", new BooleanType(entry.isPhotophobia()));
        component(attack, "phonophobia", new BooleanType(entry.isPhonophobia()));
        component(attack, "aura-type", text(entry.getAuraType()));
        component(attack, "aura-duration", entry.getAuraMinutes() == null ? null : new Quantity()
                .setValue(entry.getAuraMinutes()).setUnit("min").setSystem(FhirRecord.UCUM).setCode("min"));
        component(attack, "provoked-by-neck", new BooleanType(entry.isProvokedByNeck()));
        component(attack, "provoked-by-jaw", new BooleanType(entry.isProvokedByJaw()));
        component(attack, "medication", text(entry.getMedicationName()));
        component(attack, "medication-class", entry.getMedicationClass() == null ? null
                : new StringType(entry.getMedicationClass().name()));
        component(attack, "medication-time", entry.getMedicationTime() == null ? null
                : new TimeType(entry.getMedicationTime().toString().length() == 5 ? entry.getMedicationTime() + ":00"
                        : entry.getMedicationTime().toString()));
        component(attack, "relief-at-2h", entry.getReliefAtTwoHours() == null ? null
                : new BooleanType(entry.getReliefAtTwoHours()));
        component(attack, "triggers", text(entry.getTriggers()));
        component(attack, "disability", entry.getDisability() == null ? null : new IntegerType(entry.getDisability()));
        return attack;
    }

    private static Observation screening(Entries entries, RedFlagScreening screening,
            org.hl7.fhir.r4.model.Patient patient) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory().addCoding(new Coding(FhirRecord.OBSERVATION_CATEGORY, "exam", "Exam"));
        observation.setCode(Entries.atlasCode(RED_FLAG_SYSTEM, "screening", "Red-flag screening"));
        observation.setSubject(Entries.reference(patient));
        observation.setEffective(new DateTimeType(Entries.date(screening.getScreenedAt())));
        org.hl7.fhir.r4.model.Reference screenedBy = entries.to("Practitioner", screening.getScreenedBy());
        if (screenedBy != null) {
            observation.addPerformer(screenedBy);
        }
        observation.setValue(new BooleanType(!screening.flags().isEmpty())); // any flag found
        for (String flag : screening.flags()) {
            observation.addComponent().setCode(new CodeableConcept().addCoding(new Coding(RED_FLAG_SYSTEM, flag, null))
                    .setText(flag)).setValue(new BooleanType(true));
        }
        if (screening.getNotes() != null && !screening.getNotes().isBlank()) {
            observation.addNote().setText(screening.getNotes());
        }
        if (screening.getAcknowledgedAtMillis() != null) {
            observation.addNote().setText(ACKNOWLEDGED + screening.acknowledgedAt() + ": "
                    + (screening.getAcknowledgement() == null ? "" : screening.getAcknowledgement()))
                    .setAuthor(entries.to("Practitioner", screening.getAcknowledgedBy()));
        }
        return observation;
    }

    private static StringType text(String value) {
        return value == null || value.isBlank() ? null : new StringType(value);
    }

    private static void component(Observation observation, String code, Type value) {
        if (value != null) {
            observation.addComponent().setCode(new CodeableConcept().addCoding(new Coding(DIARY_SYSTEM, code, null))
                    .setText(code)).setValue(value);
        }
    }
}
