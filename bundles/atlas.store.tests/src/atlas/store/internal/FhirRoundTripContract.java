package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinician.Clinician;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.validation.ValidationException;
import atlas.fhir.FhirComparison;
import atlas.fhir.FhirImport;
import atlas.fhir.FhirJson;
import atlas.fhir.FhirRecord;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaHeadacheDiaryService;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientRecordService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaRedFlagService;

/**
 * A record out of one Atlas and into another, empty one, on every database Atlas supports: the
 * patient, episodes, diagnoses, visits, signed notes with their addenda, plans with goals and
 * doses, interventions given, forms (scored again by the receiving Atlas), headache diary,
 * red-flag screenings and documents (printed and received files) come back - with the sending clinic's
 * staff as clinicians of the record - and exported again they are the same resources apart from
 * ids and what the import names as left behind.
 */
abstract class FhirRoundTripContract extends StoreTestBase {

    private static final SumForm NPRS_LIKE = new SumForm("test.nprs", "nprs", 2);
    private static final LocalDateTime MONDAY_9AM = LocalDateTime.of(2026, 11, 2, 9, 0);
    private static final ClinicDetails CLINIC = new ClinicDetails("Praxis Seeblick", "", "", "");

    private Patient anna;
    private java.util.Locale before;

    /** Anna's discharged episode: two visits that took place with a form each, two diary entries, two screenings. */
    @BeforeEach
    void annasRecord() throws Exception {
        before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        anna = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0001", "Keller"));
        Clinician therapist = new JpaClinicianService(database, TestSessions.of(database))
                .register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        JpaEpisodeService episodes = new JpaEpisodeService(database, TestSessions.of(database));
        EpisodeOfCare started = new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 10, 28), "GP", LocalDate.of(2026, 11, 2));
        started.getDiagnoses().add(Diagnosis.icd10("G43.0", "Migraine without aura"));
        started.getDiagnoses().add(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"));
        EpisodeOfCare episode = episodes.start(started);
        JpaFormResponseService forms = SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)),
                NPRS_LIKE);
        JpaRedFlagService redFlags = new JpaRedFlagService(database, TestSessions.of(database));
        RedFlagScreening clear = new RedFlagScreening(anna.getId(), MONDAY_9AM, null, List.of());
        clear.setNotes("No red flags on history and screen.");
        redFlags.record(clear);
        atlas.core.plan.PlannedIntervention dnf = plan(episode.getId(), therapist.getId());
        atlas.store.internal.records.JpaClinicalNoteService notes = new atlas.store.internal.records.JpaClinicalNoteService(
                database, TestSessions.of(database));
        for (int week = 0; week < 2; week++) {
            Visit visit = episodes.addVisit(new Visit(anna.getId(), episode.getId(), MONDAY_9AM.plusDays(7 * week),
                    therapist.getId(), week == 0 ? VisitType.INITIAL_EVALUATION : VisitType.DAILY));
            atlas.core.note.ClinicalNote note = new atlas.core.note.ClinicalNote(anna.getId(), visit.getId(),
                    therapist.getId());
            note.setSubjective("Headache days fewer.");
            note = notes.sign(notes.saveDraft(note).getId(), therapist.getId()); // which completes the visit
            if (week == 1) {
                notes.addAddendum(note.getId(), therapist.getId(), "Flexion-rotation test repeated: 32 degrees.");
            }
            forms.submit(visit.getId(), "test.nprs", NPRS_LIKE.answersFor(week == 0 ? 14 : 9));
            atlas.core.plan.InterventionGiven given = new atlas.core.plan.InterventionGiven(anna.getId(), visit.getId(),
                    dnf.getId(), "exercise.dnf", atlas.core.plan.Dosage.exercise(1, 10, 10, week == 0 ? "22 mmHg" : "24 mmHg",
                            7));
            given.setResponse(week == 0 ? "Neck pain eased from 5 to 3." : "No pain.");
            new atlas.store.internal.records.JpaPlanOfCareService(database, TestSessions.of(database)).recordGiven(given);
        }
        HeadacheDiaryEntry attack = new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM.minusDays(2), 240, 6);
        attack.setSide(HeadacheSide.RIGHT);
        attack.setSideLocked(true);
        attack.setPressing(true);
        attack.setProvokedByNeck(true);
        attack.setMedicationName("Ibuprofen 400");
        attack.setMedicationClass(MedicationClass.NSAID);
        attack.setMedicationTime(LocalTime.of(10, 30));
        attack.setReliefAtTwoHours(true);
        attack.setTriggers("posture/screen");
        attack.setDisability(1);
        JpaHeadacheDiaryService diary = new JpaHeadacheDiaryService(database, TestSessions.of(database));
        diary.record(attack);
        HeadacheDiaryEntry shortOne = new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM.plusDays(3), null, 3);
        shortOne.setAuraType("visual");
        shortOne.setAuraMinutes(20);
        diary.record(shortOne);

        redFlags.record(new RedFlagScreening(anna.getId(), MONDAY_9AM.plusDays(7), therapist.getId(), List.of("cad_dizziness")));
        atlas.store.internal.records.JpaPatientDocumentService documents = new atlas.store.internal.records
                .JpaPatientDocumentService(database, TestSessions.of(database));
        documents.keep(anna.getId(), atlas.core.document.DocumentKind.PROGRESS_REPORT, "Progress report Keller.pdf",
                "%PDF-1.4\n% a progress report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        documents.attach(anna.getId(), atlas.core.document.DocumentKind.IMAGING_REPORT, "MRI cervical spine.png",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
        episodes.discharge(episode.getId(), new atlas.core.episode.Discharge(LocalDate.of(2026, 11, 20),
                atlas.core.episode.DischargeReason.GOALS_MET, "Headache days 8 to 2 a month."));
    }

    /** A plan signed and revised: a goal, deep neck flexor training as a home programme with its dose, mobilisation. */
    private atlas.core.plan.PlannedIntervention plan(long episodeId, long therapist) throws Exception {
        atlas.store.internal.records.JpaPlanOfCareService plans = new atlas.store.internal.records.JpaPlanOfCareService(
                database, TestSessions.of(database));
        atlas.core.plan.PlanOfCare plan = new atlas.core.plan.PlanOfCare(anna.getId(), episodeId, 1, null);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plan.setReEvaluationDate(LocalDate.of(2026, 12, 14));
        plan = plans.createDraft(plan);
        plans.addGoal(new atlas.core.plan.Goal(plan.getId(), atlas.core.plan.GoalTerm.SHORT, "nprs", 7.0, 3.0,
                LocalDate.of(2026, 12, 14)));
        atlas.core.plan.Goal described = new atlas.core.plan.Goal(plan.getId(), atlas.core.plan.GoalTerm.LONG, "hit6", 64.0,
                49.0, LocalDate.of(2027, 2, 1));
        described.setDescription("Back at the desk all day without headache.");
        plans.addGoal(described);
        plans.addIntervention(new atlas.core.plan.PlannedIntervention(plan.getId(), "exercise.dnf",
                atlas.core.plan.Dosage.exercise(1, 10, 10, "24 mmHg", 7), true));
        atlas.core.plan.Dosage grade = new atlas.core.plan.Dosage();
        grade.setGrade("III");
        grade.setSideOrSegment("C1/2 right");
        plans.addIntervention(new atlas.core.plan.PlannedIntervention(plan.getId(), "manual.mobilisation", grade, false));
        plans.sign(plan.getId(), therapist);
        atlas.core.plan.PlanOfCare revised = plans.revise(plan.getId());
        plans.sign(revised.getId(), therapist);
        return plans.interventionsOf(revised.getId()).stream().filter(each -> each.getInterventionCode()
                .equals("exercise.dnf")).findFirst().orElseThrow();
    }

    @org.junit.jupiter.api.AfterEach
    void restoreLocale() {
        if (before != null) {
            java.util.Locale.setDefault(before);
        }
    }

    private String exported(JpaClinicalDatabase from, long patientId) throws Exception {
        return FhirRecord.json(new JpaPatientDataService(from, TestSessions.of(from)).export(patientId), CLINIC,
                LocalDateTime.now());
    }

    /** An empty Atlas with the same forms installed: another clinic, or this one after a move. */
    private JpaClinicalDatabase emptyAtlas() throws Exception {
        java.nio.file.Path folder = Files.createDirectories(dataFolder.resolve("receiving"));
        return open(backend() == Backend.H2 ? TestDatabases.h2(folder) : TestDatabases.freshPostgresSchema(folder));
    }

    @Test
    void aRecordExportedImportedAndExportedAgainIsTheSame() throws Exception {
        String first = exported(database, anna.getId());
        JpaClinicalDatabase receiving = emptyAtlas();
        JpaPatientService register = new JpaPatientService(receiving, TestSessions.of(receiving));
        register.addForm(NPRS_LIKE);
        FhirImport.Check check = FhirImport.check(first.getBytes(StandardCharsets.UTF_8), register,
                SumForm.installedIn(new JpaFormResponseService(receiving, TestSessions.of(receiving)), NPRS_LIKE),
                LocalDate.now());
        assertEquals(List.of(), check.problems());
        assertEquals(List.of(1, 2, 2, 2, 2, 2), List.of(check.episodes(), check.visits(), check.notes(), check.forms(),
                check.diaryEntries(), check.screenings()));
        assertTrue(check.skipped().stream().anyMatch(skip -> skip.message().startsWith("not imported as sent: a score")),
                check.skipped().toString());
        Patient copy = FhirImport.register(register, check, false).get(0);

        PatientRecord record = new JpaPatientRecordService(receiving, TestSessions.of(receiving)).open(copy.getId())
                .orElseThrow();
        assertEquals(List.of("14", "9"), record.responses().stream().map(response -> response.getResults().get("nprs"))
                .toList(), "scored again by the receiving Atlas, in the visits' order");
        assertTrue(record.redFlagScreenings().stream().anyMatch(RedFlagScreening::isOpen), "the flag holds the gate here");
        Clinician signer = new JpaClinicianService(receiving, TestSessions.of(receiving)).findByUsername("ext.mlehmann")
                .orElseThrow();
        assertEquals("Maria Lehmann, PT", signer.getDisplayName());
        assertFalse(signer.isActive(), "a clinician of the record, not of this clinic");

        List<String> sent = comparable(first);
        assertEquals(33, sent.size(), "patient, episode, 2 diagnoses, 2 visits, 2 forms, 4 scores, 2 diary entries,"
                + " 2 screenings, 2 notes, an addendum, 2 plans, 4 goals, 2 interventions given, 4 signatures,"
                + " a report printed and an MRI report received");
        assertTrue(first.contains("\"contentType\": \"image/png\""), "the received file as what it is");
        assertEquals(sent, comparable(exported(receiving, copy.getId())));
    }

    @Test
    void aFlagAcknowledgedElsewhereIsOpenHereAndScoresOfNoFormStayBehind() throws Exception {
        JpaRedFlagService redFlags = new JpaRedFlagService(database, TestSessions.of(database));
        Clinician therapist = new JpaClinicianService(database, TestSessions.of(database)).list().get(0);
        redFlags.acknowledge(redFlags.openFlags(anna.getId()).get(0).getId(), therapist.getId(), "GP cleared.");
        Bundle bundle = FhirJson.read(exported(database, anna.getId()), Bundle.class);
        // a score without its form: another system's, or a form left out of the file
        bundle.getEntry().removeIf(entry -> entry.getResource() instanceof org.hl7.fhir.r4.model.QuestionnaireResponse);
        JpaClinicalDatabase receiving = emptyAtlas();
        JpaPatientService register = new JpaPatientService(receiving, TestSessions.of(receiving));
        FhirImport.Check check = FhirImport.check(FhirJson.write(bundle).getBytes(StandardCharsets.UTF_8), register,
                new JpaFormResponseService(receiving, TestSessions.of(receiving)), LocalDate.now());
        List<String> skipped = check.skipped().stream().map(FhirImport.Problem::message).toList();
        assertTrue(skipped.contains("the screening is imported, its acknowledgement is not: a red flag found elsewhere"
                + " is acknowledged again by a clinician of this clinic before neck treatment"), skipped.toString());
        assertEquals(2, skipped.stream().filter(message -> message.startsWith("not imported: Atlas keeps scores")).count(),
                "the per cent scores: no form asks for them");
        assertEquals(2, skipped.stream().filter(message -> message.startsWith("not imported: the form \"atlas.nprs\" is"
                + " not installed")).count(), "the pain ratings (LOINC 72514-3) would be NPRS forms, were the NPRS installed");
        Patient copy = FhirImport.register(register, check, false).get(0);
        assertEquals(1, new JpaRedFlagService(receiving, TestSessions.of(receiving)).openFlags(copy.getId()).size());
    }

    @Test
    void answersThatDoNotScoreOrAFormOfAnotherVersionAreNamedAndNothingIsImported() throws Exception {
        JpaClinicalDatabase receiving = emptyAtlas();
        JpaPatientService register = new JpaPatientService(receiving, TestSessions.of(receiving));
        register.addForm(NPRS_LIKE);
        JpaFormResponseService forms = SumForm.installedIn(new JpaFormResponseService(receiving,
                TestSessions.of(receiving)), NPRS_LIKE);
        String json = exported(database, anna.getId());
        FhirImport.Check outOfRange = FhirImport.check(json.replaceFirst("\"valueInteger\": 10", "\"valueInteger\": 11")
                .getBytes(StandardCharsets.UTF_8), register, forms, LocalDate.now());
        assertTrue(outOfRange.problems().stream().anyMatch(problem -> problem.toString().matches(
                "entry \\d+ \\(QuestionnaireResponse\\): Question 1: 11 is outside 0 to 10")), outOfRange.problems().toString());
        assertThrows(ValidationException.class, () -> FhirImport.register(register, outOfRange, true));

        FhirImport.Check otherVersion = FhirImport.check(json.replace("test.nprs|1", "test.nprs|2")
                .getBytes(StandardCharsets.UTF_8), register, forms, LocalDate.now());
        assertEquals(0, otherVersion.forms());
        assertEquals(2, otherVersion.skipped().stream().filter(skip -> skip.message().equals("not imported: the answers"
                + " were given in version 2 of \"test.nprs\"; version 1 is installed, whose items may differ")).count(),
                otherVersion.skipped().toString());
        assertEquals(0, register.count(), "nothing of the refused file");
    }

    /** The clinical resources of an export, as compared ({@link FhirComparison}). */
    private static List<String> comparable(String json) {
        return FhirComparison.clinicalResources(json).stream().map(FhirComparison.Compared::json).toList();
    }
}
