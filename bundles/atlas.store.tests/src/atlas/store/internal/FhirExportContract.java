package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.clinic.ClinicDetails;
import atlas.core.clinician.Clinician;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientData;
import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;
import atlas.core.redflag.RedFlagScreening;
import atlas.fhir.FhirJson;
import atlas.fhir.FhirRecord;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaHeadacheDiaryService;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;
import atlas.store.internal.records.JpaRedFlagService;

/**
 * Everything Atlas holds about a patient, read by the data export ({@link JpaPatientDataService})
 * and written as a FHIR R4 Bundle, on every database Atlas supports: each kind of record there,
 * each reference resolving inside the bundle, read back by HAPI's strict parser, the same ids when
 * exported again, nothing of another patient.
 */
abstract class FhirExportContract extends StoreTestBase {

    private static final LocalDateTime MONDAY_9AM = LocalDateTime.of(2026, 11, 2, 9, 0);
    private static final ClinicDetails CLINIC = new ClinicDetails("Praxis Seeblick", "Seestrasse 4, 8000 Z\u00fcrich",
            "+41 44 000 00 00", "");

    private Patient anna;

    /** Anna's six weeks: two visits, notes (one signed, with an addendum), a form, a plan revised, a diary entry, a red flag. */
    @BeforeEach
    void annasRecord() throws Exception {
        anna = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0001", "Keller"));
        new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0002", "Brandt"));
        Clinician therapist = new JpaClinicianService(database, TestSessions.of(database))
                .register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        JpaEpisodeService episodes = new JpaEpisodeService(database, TestSessions.of(database));
        EpisodeOfCare started = new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 10, 28), "GP", LocalDate.of(2026, 11, 2));
        started.getDiagnoses().add(Diagnosis.icd10("G43.0", "Migraine without aura"));
        started.getDiagnoses().add(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"));
        EpisodeOfCare episode = episodes.start(started);
        Visit first = episodes.addVisit(new Visit(anna.getId(), episode.getId(), MONDAY_9AM, therapist.getId(),
                VisitType.INITIAL_EVALUATION));
        Visit second = episodes.addVisit(new Visit(anna.getId(), episode.getId(), MONDAY_9AM.plusDays(7), therapist.getId(),
                VisitType.DAILY));

        JpaClinicalNoteService notes = new JpaClinicalNoteService(database, TestSessions.of(database));
        ClinicalNote note = new ClinicalNote(anna.getId(), first.getId(), therapist.getId());
        note.setSubjective("Headache on 3 days a week, <pressing>, worse at the desk.");
        note.setAssessment("Cervicogenic component likely.");
        note = notes.saveDraft(note);
        notes.sign(note.getId(), therapist.getId());
        notes.addAddendum(note.getId(), therapist.getId(), "Flexion-rotation test repeated: 28 degrees to the right.");
        ClinicalNote draft = new ClinicalNote(anna.getId(), second.getId(), therapist.getId());
        draft.setSubjective("Better.");
        notes.saveDraft(draft);

        SumForm nprsLike = new SumForm("test.nprs", "nprs", 1);
        SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)), nprsLike)
                .submit(first.getId(), "test.nprs", nprsLike.answersFor(7));

        JpaRedFlagService redFlags = new JpaRedFlagService(database, TestSessions.of(database));
        RedFlagScreening dizziness = redFlags.record(new RedFlagScreening(anna.getId(), MONDAY_9AM, therapist.getId(),
                List.of("cad_dizziness")));
        redFlags.acknowledge(dizziness.getId(), therapist.getId(), "Vertebral artery screen negative; GP cleared.");

        JpaPlanOfCareService plans = new JpaPlanOfCareService(database, TestSessions.of(database));
        PlanOfCare plan = new PlanOfCare(anna.getId(), episode.getId(), 1, null);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plan = plans.createDraft(plan);
        plans.addGoal(new Goal(plan.getId(), GoalTerm.SHORT, "nprs", 7.0, 3.0, LocalDate.of(2026, 12, 14)));
        PlannedIntervention dnf = plans.addIntervention(new PlannedIntervention(plan.getId(), "exercise.dnf",
                Dosage.exercise(1, 10, 10, "24 mmHg", 7), true));
        plans.addIntervention(new PlannedIntervention(plan.getId(), "manual.mobilisation", new Dosage(), false));
        plans.sign(plan.getId(), therapist.getId());
        InterventionGiven given = new InterventionGiven(anna.getId(), first.getId(), dnf.getId(), "exercise.dnf",
                Dosage.exercise(1, 10, 10, "22 mmHg", 7));
        given.setResponse("Neck pain eased from 5 to 3.");
        plans.recordGiven(given);
        plans.sign(plans.revise(plan.getId()).getId(), therapist.getId());

        HeadacheDiaryEntry attack = new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM.minusDays(2), 240, 6);
        attack.setSide(HeadacheSide.RIGHT);
        attack.setSideLocked(true);
        attack.setMedicationName("Ibuprofen 400");
        attack.setMedicationClass(MedicationClass.NSAID);
        attack.setMedicationTime(LocalTime.of(10, 30));
        new JpaHeadacheDiaryService(database, TestSessions.of(database)).record(attack);
    }

    @Test
    void everythingHeldIsInTheBundleAndEveryReferenceResolves() throws Exception {
        PatientData data = new JpaPatientDataService(database, TestSessions.of(database)).export(anna.getId());
        assertEquals(AuditAction.EXPORT, new JpaAuditTrail(database, TestSessions.of(database))
                .eventsOfPatient(anna.getId(), 1).get(0).getAction(), "the export is audited");
        String json = FhirRecord.json(data, CLINIC, LocalDateTime.now());
        Bundle bundle = FhirJson.read(json, Bundle.class); // HAPI's strict parser: R4 elements only

        Map<String, Long> types = bundle.getEntry().stream().collect(Collectors.groupingBy(
                entry -> entry.getResource().fhirType(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry("Organization", 1L), Map.entry("Practitioner", 1L),
                Map.entry("PractitionerRole", 1L), Map.entry("Patient", 1L), Map.entry("EpisodeOfCare", 1L),
                Map.entry("Condition", 2L), Map.entry("Encounter", 2L),
                // the score, its per cent, the diary entry, the red-flag screening
                Map.entry("Observation", 4L), Map.entry("QuestionnaireResponse", 1L),
                Map.entry("CarePlan", 2L), Map.entry("Goal", 2L), Map.entry("Procedure", 1L),
                // two notes and the addendum; signatures of the note and both plans
                Map.entry("DocumentReference", 3L), Map.entry("Provenance", 3L),
                Map.entry("AuditEvent", (long) data.auditTrail().size())), types);
        assertTrue(data.auditTrail().size() >= 15, "register, episode, visits, notes, form, plans ...: "
                + data.auditTrail().size());

        Set<String> entries = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(Collectors.toSet());
        List<String> references = new ArrayList<>();
        bundle.getEntry().forEach(entry -> referencesIn(entry.getResource(), references));
        assertTrue(references.size() > 60, references.size() + " references");
        assertTrue(entries.containsAll(references), "every reference points at an entry");

        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof DocumentReference note && note.getDocStatus() == DocumentReference.ReferredDocumentStatus.FINAL
                    && !note.hasRelatesTo()) {
                String text = new String(note.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8);
                assertEquals("Subjective:\nHeadache on 3 days a week, <pressing>, worse at the desk.\n\n"
                        + "Assessment:\nCervicogenic component likely.", text);
                assertTrue(note.getText().getDivAsString().contains("&lt;pressing&gt;"), "readable, escaped");
            } else if (resource instanceof CarePlan plan && plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE) {
                assertEquals(1, plan.getReplaces().size(), "the revision replaces the first plan");
                assertEquals(3, plan.getActivity().size(), "the visits and two interventions");
                assertEquals(2, plan.getAddresses().size(), "both diagnoses");
            } else if (resource instanceof Procedure procedure) {
                assertEquals("exercise.dnf", procedure.getCode().getCodingFirstRep().getCode());
                assertEquals("Neck pain eased from 5 to 3.", procedure.getOutcome().getText());
                assertTrue(procedure.getNoteFirstRep().getText().contains("22 mmHg"), procedure.getNoteFirstRep().getText());
            } else if (resource instanceof QuestionnaireResponse form) {
                assertTrue(form.getQuestionnaire().startsWith(FhirRecord.QUESTIONNAIRE_PREFIX + "test.nprs"));
                assertEquals(7, form.getItemFirstRep().getAnswerFirstRep().getValueIntegerType().getValue());
            } else if (resource instanceof org.hl7.fhir.r4.model.Goal goal) {
                assertEquals("72514-3", goal.getTargetFirstRep().getMeasure().getCodingFirstRep().getCode(),
                        "the goal is judged by the same code as the NPRS Observations");
            } else if (resource instanceof org.hl7.fhir.r4.model.Observation attack && attack.getCode().getText()
                    .equals("Headache diary entry")) {
                assertEquals("10:30:00", attack.getComponent().stream().filter(c -> c.getCode().getText()
                        .equals("medication-time")).findFirst().orElseThrow().getValueTimeType().getValue());
            }
        }
        assertFalse(json.contains("Brandt"), "nothing of another patient");
        String again = FhirRecord.json(new JpaPatientDataService(database, TestSessions.of(database)).export(anna.getId()),
                CLINIC, LocalDateTime.now());
        Set<String> againIds = FhirJson.read(again, Bundle.class).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet());
        assertTrue(againIds.containsAll(entries), "the same ids when exported again");
        assertEquals(entries.size() + 1, againIds.size(), "and one more: the first export's audit entry");
    }

    /** Every reference anywhere in the resource, its nested elements included. */
    private static void referencesIn(Base element, List<String> found) {
        if (element instanceof Reference reference && reference.hasReference()) {
            found.add(reference.getReference());
        }
        for (Property property : element.children()) {
            property.getValues().forEach(value -> referencesIn(value, found));
        }
    }
}
