package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.clinician.Clinician;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanStatus;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.RecordConflictException;
import atlas.core.store.SignedRecordException;
import atlas.core.validation.ValidationException;
import atlas.api.validation.FieldError;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaHeadacheDiaryService;
import atlas.store.internal.records.JpaPatientRecordService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;

/** The clinical record services on every database Atlas supports. */
abstract class ClinicalRecordContract extends StoreTestBase {

    private static final LocalDateTime MONDAY_9AM = LocalDateTime.of(2026, 11, 2, 9, 0);

    Patient anna;
    Clinician therapist;
    JpaEpisodeService episodes;
    JpaClinicalNoteService notes;

    @BeforeEach
    void registerPatientAndTherapist() throws Exception {
        anna = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0001", "Keller"));
        therapist = new JpaClinicianService(database, TestSessions.of(database)).register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        episodes = new JpaEpisodeService(database, TestSessions.of(database));
        notes = new JpaClinicalNoteService(database, TestSessions.of(database));
    }

    private EpisodeOfCare episode() throws Exception {
        EpisodeOfCare episode = new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 10, 28), "GP", LocalDate.of(2026, 11, 2));
        episode.getDiagnoses().add(Diagnosis.icd10("G43.0", "Migraine without aura"));
        episode.getDiagnoses().add(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"));
        return episodes.start(episode);
    }

    private Visit visit(EpisodeOfCare episode, LocalDateTime at, VisitType type) throws Exception {
        return episodes.addVisit(new Visit(anna.getId(), episode.getId(), at, therapist.getId(), type));
    }

    @Test
    void anEpisodeKeepsItsDiagnosesInOrderAndItsVisitsInTimeOrder() throws Exception {
        EpisodeOfCare episode = episode();
        visit(episode, MONDAY_9AM.plusDays(3), VisitType.DAILY);
        visit(episode, MONDAY_9AM, VisitType.INITIAL_EVALUATION);

        EpisodeOfCare stored = episodes.episodesOf(anna.getId()).get(0);
        assertEquals(List.of("G43.0", "M53.0"),
                stored.getDiagnoses().stream().map(Diagnosis::getCode).collect(Collectors.toList()));
        assertEquals(List.of(VisitType.INITIAL_EVALUATION, VisitType.DAILY),
                episodes.visitsOf(episode.getId()).stream().map(Visit::getType).collect(Collectors.toList()));
    }

    @Test
    void aMalformedDiagnosisCodeOrAnEndBeforeTheStartIsRefusedByField() throws Exception {
        EpisodeOfCare episode = new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 10, 28), "GP", LocalDate.of(2026, 11, 2));
        episode.getDiagnoses().add(Diagnosis.icd10("G43-0", "Migraine"));
        episode.setEndDate(LocalDate.of(2026, 11, 1));
        ValidationException refused = assertThrows(ValidationException.class, () -> episodes.start(episode));
        assertEquals(List.of("endDate", "diagnoses[1].code"),
                refused.errors().stream().map(e -> e.field()).collect(Collectors.toList()));
        assertTrue(refused.getMessage().contains("\"G43-0\" is not an ICD-10 code"), refused.getMessage());
        assertEquals(List.of(), episodes.episodesOf(anna.getId()));
    }

    @Test
    void aSignedNoteIsImmutableAndCorrectedByAnAddendum() throws Exception {
        Visit visit = visit(episode(), MONDAY_9AM, VisitType.INITIAL_EVALUATION);
        ClinicalNote draft = new ClinicalNote(anna.getId(), visit.getId(), therapist.getId());
        draft.setSubjective("Right-sided headache, worse after screen work.");
        draft = notes.saveDraft(draft);
        draft.setObjective("FRT right 24 deg, left 40 deg.");
        draft = notes.saveDraft(draft);

        ClinicalNote signed = notes.sign(draft.getId(), therapist.getId());
        assertTrue(signed.isSigned());
        assertEquals(therapist.getId(), signed.getSignedBy());
        assertNotNull(signed.signedAt());

        ClinicalNote edit = notes.noteOfVisit(visit.getId()).orElseThrow();
        edit.setObjective("changed");
        assertThrows(SignedRecordException.class, () -> notes.saveDraft(edit));
        assertThrows(SignedRecordException.class, () -> notes.sign(edit.getId(), therapist.getId()));

        notes.addAddendum(signed.getId(), therapist.getId(), "FRT left was 44 deg, not 40.");
        assertEquals("FRT right 24 deg, left 40 deg.", notes.noteOfVisit(visit.getId()).orElseThrow().getObjective(),
                "the original stays readable as signed");
        assertEquals(1, notes.addendaOf(signed.getId()).size());
        List<AuditAction> noteActions = new JpaAuditTrail(database, TestSessions.of(database)).events(1, 100).stream()
                .filter(e -> e.getRecordType().equals("ClinicalNote")).map(AuditEvent::getAction)
                .collect(Collectors.toList());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.SIGN), noteActions);

        Visit second = visit(episode(), MONDAY_9AM.plusDays(7), VisitType.DAILY);
        notes.saveDraft(new ClinicalNote(anna.getId(), second.getId(), therapist.getId()));
        assertEquals(List.of(true, false), notes.notesOf(anna.getId()).stream().map(ClinicalNote::isSigned)
                .collect(Collectors.toList()), "the timeline sees the signed note and the draft, in visit order");
    }

    @Test
    void anAddendumToADraftAndAnEmptyAddendumAreRefused() throws Exception {
        Visit visit = visit(episode(), MONDAY_9AM, VisitType.DAILY);
        ClinicalNote draft = notes.saveDraft(new ClinicalNote(anna.getId(), visit.getId(), therapist.getId()));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> notes.addAddendum(draft.getId(), therapist.getId(), " "));
        assertEquals(List.of("text", "noteId"), refused.errors().stream().map(e -> e.field()).collect(Collectors.toList()));
    }

    @Test
    void aStaleDraftFromAnotherWorkstationIsAConflict() throws Exception {
        Visit visit = visit(episode(), MONDAY_9AM, VisitType.DAILY);
        ClinicalNote created = notes.saveDraft(new ClinicalNote(anna.getId(), visit.getId(), therapist.getId()));
        JpaClinicalNoteService other = TestSessions.on(secondWorkstation(), JpaClinicalNoteService::new);
        ClinicalNote mine = notes.noteOfVisit(visit.getId()).orElseThrow();
        ClinicalNote theirs = other.noteOfVisit(visit.getId()).orElseThrow();
        theirs.setPlan("Continue deep neck flexor training.");
        other.saveDraft(theirs);
        mine.setPlan("Add C1-C2 self-SNAG.");
        assertThrows(RecordConflictException.class, () -> notes.saveDraft(mine));
        assertEquals("Continue deep neck flexor training.", notes.noteOfVisit(visit.getId()).orElseThrow().getPlan());
        assertEquals(created.getId(), mine.getId());
    }

    @Test
    void aFormIsSubmittedAsAnswersScoredByItsDefinitionIntoATimeSeries() throws Exception {
        EpisodeOfCare episode = episode();
        SumForm pain = new SumForm("test.pain", "pain", 3);
        JpaFormResponseService forms = SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)), pain);
        for (int week = 2; week >= 0; week--) { // the latest week submitted first
            Visit visit = visit(episode, MONDAY_9AM.plusWeeks(week), VisitType.DAILY);
            forms.submit(visit.getId(), "test.pain", pain.answersFor(20 - 3 * week));
        }
        List<Observation> series = forms.series(anna.getId(), "pain");
        assertEquals(List.of(20.0, 17.0, 14.0), series.stream().map(Observation::getValue).collect(Collectors.toList()),
                "oldest first, each at its visit's time");
        assertEquals(MONDAY_9AM, series.get(0).getObservedAt());
        assertEquals(List.of(66.67, 56.67, 46.67), forms.series(anna.getId(), "pain.percent").stream()
                .map(observation -> Math.round(observation.getValue() * 100) / 100.0).toList(), "every result kept");
        FormResponse latest = forms.responsesOf(anna.getId()).get(0);
        assertEquals(Map.of("q1", "10", "q2", "4", "q3", "0"), latest.getAnswers());
        assertEquals("14", latest.getResults().get("pain"));
        assertEquals(atlas.core.form.FormStatus.FINAL, latest.getStatus());
    }

    @Test
    void answersThatDoNotScoreAreRefusedByItemAndNothingIsSaved() throws Exception {
        Visit visit = visit(episode(), MONDAY_9AM, VisitType.INITIAL_EVALUATION);
        JpaFormResponseService forms = SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)),
                new SumForm("test.pain", "pain", 3));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> forms.submit(visit.getId(), "test.pain", Map.of("q1", "4", "q2", "11")));
        assertEquals(List.of("q2", "q3"), refused.errors().stream().map(atlas.api.validation.FieldError::field).toList());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> forms.submit(visit.getId(), "clinic.gone", Map.of("q1", "1")));
        assertEquals("formId", unknown.errors().get(0).field());
        assertTrue(unknown.getMessage().contains("no form \"clinic.gone\" is installed; installed are: test.pain"),
                unknown.getMessage());
        assertThrows(ValidationException.class, () -> forms.submit(visit.getId() + 999, "test.pain",
                Map.of("q1", "1", "q2", "1", "q3", "1")), "a visit that does not exist");
        assertEquals(List.of(), forms.responsesOf(anna.getId()));
        assertEquals(List.of(), forms.series(anna.getId(), "pain"));
    }

    /** Issue 21: stored answers are never read with other questions. */
    @Test
    void aFormWhoseQuestionsChangedUnderTheSameVersionIsRefusedUntilItsVersionIsRaised() throws Exception {
        EpisodeOfCare episode = episode();
        SumForm three = new SumForm("clinic.sleep", "sleep", 3);
        JpaFormResponseService forms = SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)),
                three);
        forms.submit(visit(episode, MONDAY_9AM, VisitType.INITIAL_EVALUATION).getId(), "clinic.sleep", three.answersFor(12));

        // the vendor's next build asks a fourth question and left the version at 1 (another workstation has it)
        SumForm four = new SumForm("clinic.sleep", "sleep", 4);
        JpaClinicalDatabase other = secondWorkstation();
        JpaFormResponseService updated = SumForm.installedIn(new JpaFormResponseService(other, TestSessions.of(other)), four);
        Visit next = visit(episode, MONDAY_9AM.plusWeeks(1), VisitType.DAILY);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> updated.submit(next.getId(), "clinic.sleep", four.answersFor(12)));
        assertEquals("formVersion", refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("says version 1, but its questions differ from those of version 1 as"
                + " first used here on "), refused.getMessage());
        assertEquals(1, forms.responsesOf(anna.getId()).size(), "nothing saved");

        SumForm raised = new SumForm("clinic.sleep", "sleep", 4, "2");
        SumForm.installedIn(new JpaFormResponseService(other, TestSessions.of(other)), raised).submit(next.getId(),
                "clinic.sleep", raised.answersFor(12));
        assertEquals(List.of("2", "1"), forms.responsesOf(anna.getId()).stream().map(FormResponse::getFormVersion).toList());
        forms.submit(visit(episode, MONDAY_9AM.plusWeeks(2), VisitType.DAILY).getId(), "clinic.sleep", three.answersFor(9));
        assertEquals(3, forms.responsesOf(anna.getId()).size(), "version 1 as first used is still taken");
    }

    @Test
    void anImportedDiaryIsSavedWholeOrNotAtAll() throws Exception {
        JpaHeadacheDiaryService diary = new JpaHeadacheDiaryService(database, TestSessions.of(database));
        HeadacheDiaryEntry good = new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM, 240, 7);
        good.setMedicationClass(MedicationClass.TRIPTAN);
        good.setProvokedByNeck(true);
        HeadacheDiaryEntry bad = new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM.plusDays(2), 60, 11);
        ValidationException refused = assertThrows(ValidationException.class, () -> diary.recordAll(List.of(good, bad)));
        assertEquals("Entry 2: Intensity: 11 is outside the allowed range 0 to 10", refused.errors().get(0).toString());
        assertEquals(List.of(), diary.entries(anna.getId(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

        bad.setIntensity(4);
        diary.recordAll(List.of(good, bad));
        assertEquals(2, diary.entries(anna.getId(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4)).size());
        assertEquals(1, diary.entries(anna.getId(), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4)).size(),
                "the range is by start date");
    }

    @Test
    void aDiaryEntryIsCorrectedAndRemovedWithItsReasonInTheAuditTrail() throws Exception {
        JpaHeadacheDiaryService diary = new JpaHeadacheDiaryService(database, TestSessions.of(database));
        HeadacheDiaryEntry entry = diary.record(new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM, 240, 7));
        entry.setIntensity(5);
        diary.update(entry);
        assertEquals(5, diary.entries(anna.getId(), MONDAY_9AM.toLocalDate(), MONDAY_9AM.toLocalDate()).get(0)
                .getIntensity());
        JpaAuditTrail audit = new JpaAuditTrail(database, TestSessions.of(database));
        assertEquals(AuditAction.UPDATE, audit.eventsOfPatient(anna.getId(), 1).get(0).getAction());

        ValidationException refused = assertThrows(ValidationException.class, () -> diary.remove(entry.getId(), " "));
        assertEquals("reason", refused.errors().get(0).field(), "a removal says why");
        assertEquals(1, diary.entries(anna.getId(), MONDAY_9AM.toLocalDate(), MONDAY_9AM.toLocalDate()).size());

        diary.remove(entry.getId(), "entered twice");
        assertEquals(List.of(), diary.entries(anna.getId(), MONDAY_9AM.toLocalDate(), MONDAY_9AM.toLocalDate()));
        AuditEvent removed = audit.eventsOfPatient(anna.getId(), 1).get(0);
        assertEquals(AuditAction.REMOVE, removed.getAction());
        assertTrue(removed.getDetail().endsWith("intensity 5: entered twice"), removed.getDetail());
        assertThrows(Exception.class, () -> diary.remove(entry.getId(), "again"),
                "an entry removed already is not removed twice");
    }

    @Test
    void aSignedPlanIsRevisedIntoANewDraftAndSupersededWhenThatIsSigned() throws Exception {
        EpisodeOfCare episode = episode();
        JpaPlanOfCareService plans = new JpaPlanOfCareService(database, TestSessions.of(database));
        PlanOfCare plan = new PlanOfCare(anna.getId(), episode.getId(), 1, null);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plan = plans.createDraft(plan);
        plans.addGoal(new Goal(plan.getId(), GoalTerm.SHORT, "ndi.raw", 20.0, 14.5, LocalDate.of(2026, 12, 14)));
        plans.addIntervention(new PlannedIntervention(plan.getId(), "exercise.dnf", Dosage.exercise(1, 10, 10, "24 mmHg", 7), true));
        Dosage badGrade = new Dosage();
        badGrade.setGrade("V");
        long draftId = plan.getId();
        ValidationException refused = assertThrows(ValidationException.class,
                () -> plans.addIntervention(new PlannedIntervention(draftId, "manual.mobilisation", badGrade, false)));
        assertEquals("dosage.grade", refused.errors().get(0).field());

        PlanOfCare signed = plans.sign(plan.getId(), therapist.getId());
        assertEquals(PlanStatus.SIGNED, signed.getStatus());
        signed.setWeeks(8);
        assertThrows(SignedRecordException.class, () -> plans.updateDraft(signed));

        PlanOfCare revision = plans.revise(signed.getId());
        assertEquals(2, revision.getRevision());
        assertEquals(1, plans.goalsOf(revision.getId()).size());
        assertEquals("24 mmHg", plans.interventionsOf(revision.getId()).get(0).getDosage().getLoadOrStage());
        plans.sign(revision.getId(), therapist.getId());
        assertEquals(List.of(PlanStatus.SIGNED, PlanStatus.SUPERSEDED),
                plans.revisionsOf(episode.getId()).stream().map(PlanOfCare::getStatus).collect(Collectors.toList()));
    }

    @Test
    void theClinicReadsDischargedEpisodesAndTheirPatientsResults() throws Exception {
        EpisodeOfCare discharged = episode();
        SumForm ndiLike = new SumForm("test.ndi", "ndi", 5);
        JpaFormResponseService forms = SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)), ndiLike);
        for (int[] ndi : new int[][] { { 2, 24 }, { 20, 16 } }) {
            Visit visit = visit(discharged, MONDAY_9AM.plusDays(ndi[0]), VisitType.DAILY);
            forms.submit(visit.getId(), "test.ndi", ndiLike.answersFor(ndi[1]));
        }
        LocalDate today = LocalDate.now();
        discharged = episodes.discharge(discharged.getId(), new atlas.core.episode.Discharge(today,
                atlas.core.episode.DischargeReason.GOALS_MET, "Goals met."));
        Patient ben = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0002", "Brandt"));
        episodes.start(new EpisodeOfCare(ben.getId(), LocalDate.of(2026, 11, 1), "GP", LocalDate.of(2026, 11, 3)));

        List<EpisodeOfCare> found = episodes.dischargedBetween(today.minusDays(1), today.plusDays(30));
        assertEquals(List.of(discharged.getId()), found.stream().map(EpisodeOfCare::getId).toList(),
                "only the discharged episode, by its end date");
        assertEquals(List.of(), episodes.dischargedBetween(today.plusDays(1), today.plusDays(31)));
        assertEquals(List.of(24.0, 16.0), forms.observationsOf(List.of(anna.getId(), ben.getId()), List.of("ndi"))
                .stream().map(Observation::getValue).toList(), "the asked measure, in time order");
    }

    @Test
    void aDraftsGoalsAreEditedAndItsPartsRemovedUntilItIsSigned() throws Exception {
        EpisodeOfCare episode = episode();
        JpaPlanOfCareService plans = new JpaPlanOfCareService(database, TestSessions.of(database));
        PlanOfCare plan = plans.createDraft(new PlanOfCare(anna.getId(), episode.getId(), 1, null));
        Goal ndi = plans.addGoal(new Goal(plan.getId(), GoalTerm.SHORT, "ndi", 24.0, 21.0, LocalDate.of(2026, 12, 14)));
        Goal frt = plans.addGoal(new Goal(plan.getId(), GoalTerm.LONG, "frt", 24.0, 32.0, LocalDate.of(2027, 2, 1)));
        PlannedIntervention ice = plans.addIntervention(new PlannedIntervention(plan.getId(), "modality.iceHeat",
                new Dosage(), false));
        plans.addIntervention(new PlannedIntervention(plan.getId(), "exercise.dnf", Dosage.exercise(1, 10, 10,
                "22 mmHg", 7), true));

        ndi.setTarget(18.5);
        plans.updateGoal(ndi);
        ndi.setTarget(null);
        ValidationException refused = assertThrows(ValidationException.class, () -> plans.updateGoal(ndi));
        assertEquals("target", refused.errors().get(0).field());
        plans.removeGoal(frt.getId());
        plans.removeIntervention(ice.getId());
        assertEquals(List.of(18.5), plans.goalsOf(plan.getId()).stream().map(Goal::getTarget).toList());
        assertEquals(List.of("exercise.dnf"), plans.interventionsOf(plan.getId()).stream()
                .map(PlannedIntervention::getInterventionCode).toList());
        assertEquals(AuditAction.REMOVE, new JpaAuditTrail(database, TestSessions.of(database)).eventsOfPatient(anna.getId(), 1).get(0)
                .getAction(), "the removal is in the audit trail");

        plans.sign(plan.getId(), therapist.getId());
        Goal signedGoal = plans.goalsOf(plan.getId()).get(0);
        signedGoal.setTarget(15.0);
        assertThrows(SignedRecordException.class, () -> plans.updateGoal(signedGoal));
        assertThrows(SignedRecordException.class, () -> plans.removeGoal(signedGoal.getId()));
        long planned = plans.interventionsOf(plan.getId()).get(0).getId();
        assertThrows(SignedRecordException.class, () -> plans.removeIntervention(planned));
        assertEquals(18.5, plans.goalsOf(plan.getId()).get(0).getTarget(), "the signed goal is unchanged");
    }

    @Test
    void openingThePatientRecordReadsEveryPartAndIsAudited() throws Exception {
        EpisodeOfCare episode = episode();
        Visit visit = visit(episode, MONDAY_9AM, VisitType.INITIAL_EVALUATION);
        SumForm hitLike = new SumForm("test.hit", "hit6.total", 7);
        SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)), hitLike).submit(visit.getId(), "test.hit",
                hitLike.answersFor(62));
        new JpaHeadacheDiaryService(database, TestSessions.of(database)).record(new HeadacheDiaryEntry(anna.getId(), MONDAY_9AM.minusDays(1), 120, 6));

        PatientRecord record = new JpaPatientRecordService(database, TestSessions.of(database)).open(anna.getId()).orElseThrow();
        assertEquals("P-0001", record.patient().getRecordNumber());
        assertEquals(1, record.episodes().size());
        assertEquals(1, record.visits().size());
        assertEquals(1, record.responses().size());
        assertEquals(62.0, record.observations().get(0).getValue());
        assertEquals(1, record.diary().size());
        AuditEvent last = new JpaAuditTrail(database, TestSessions.of(database)).eventsOfPatient(anna.getId(), 1).get(0);
        assertEquals(AuditAction.OPEN_RECORD, last.getAction());
        assertFalse(new JpaPatientRecordService(database, TestSessions.of(database)).open(999_999).isPresent());
        assertTrue(new JpaAuditTrail(database, TestSessions.of(database)).verify().intact());
    }

    /**
     * Issue 20, the record in HL7 FHIR R4: the clinic, the patient, the episode with its two
     * diagnoses as ICD-10 Conditions, both visits as Encounters of the episode, and the NPRS score
     * under its LOINC code at its visit (its per cent under Atlas's own code only) - written as JSON, read back whole, every reference
     * pointing at an entry of the bundle, and the same ids when exported again.
     */
}
