package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import atlas.core.clinician.Clinician;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.plan.Dosage;
import atlas.core.plan.HomeProgramme;
import atlas.api.plan.InterventionCatalogue;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanStatus;
import atlas.core.plan.PlannedIntervention;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.validation.ValidationException;
import atlas.api.plan.InterventionType;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaPatientRecordService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;
import atlas.store.internal.records.JpaRedFlagService;

/**
 * The red-flag gate in the services, on every database: neck manual therapy and traction are not
 * signed into a plan, recorded as given or handed out for home while the episode has no screening
 * or the patient has an open flag - whoever calls (window, command line, plugin, demo data).
 */
abstract class RedFlagGateContract extends StoreTestBase {

    private static final LocalDate EPISODE_START = LocalDate.of(2026, 11, 2);
    private static final LocalDateTime MONDAY_9AM = EPISODE_START.atTime(9, 0);

    private Locale before;
    private Patient anna;
    private Clinician therapist;
    private EpisodeOfCare episode;
    private JpaPlanOfCareService plans;
    private JpaRedFlagService redFlags;

    @BeforeEach
    void registerPatientWithAnEpisode() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the refusals are read word for word
        anna = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0001", "Keller"));
        therapist = new JpaClinicianService(database, TestSessions.of(database)).register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        episode = new JpaEpisodeService(database, TestSessions.of(database)).start(new EpisodeOfCare(anna.getId(), EPISODE_START.minusDays(5), "GP",
                EPISODE_START));
        plans = new JpaPlanOfCareService(database, TestSessions.of(database));
        redFlags = new JpaRedFlagService(database, TestSessions.of(database));
    }

    @AfterEach
    void restoreLocale() {
        if (before != null) { // null when the PostgreSQL run was skipped before the setup ran
            Locale.setDefault(before);
        }
    }

    private RedFlagScreening screen(LocalDateTime at, String... flags) throws Exception {
        return redFlags.record(new RedFlagScreening(anna.getId(), at, therapist.getId(), List.of(flags)));
    }

    private PlanOfCare draftWith(JpaPlanOfCareService service, String... homeCodes) throws Exception {
        PlanOfCare plan = service.createDraft(new PlanOfCare(anna.getId(), episode.getId(), 1, null));
        for (String code : homeCodes) {
            service.addIntervention(new PlannedIntervention(plan.getId(), code, Dosage.exercise(3, 6, 5, null, 14), true));
        }
        return plan;
    }

    private String refusal(Executable call) {
        ValidationException refused = assertThrows(ValidationException.class, call);
        assertEquals("redFlags", refused.errors().get(0).field());
        return refused.getMessage();
    }

    @Test
    void aPatientNeverScreenedInTheEpisodeGetsNoGatedIntervention() throws Exception {
        PlanOfCare plan = draftWith(plans, "exercise.dnf", "manual.snag");
        Visit visit = new JpaEpisodeService(database, TestSessions.of(database)).addVisit(new Visit(anna.getId(), episode.getId(),
                MONDAY_9AM, therapist.getId(), VisitType.INITIAL_EVALUATION));

        String signing = refusal(() -> plans.sign(plan.getId(), therapist.getId()));
        assertTrue(signing.contains("The plan cannot be signed. Red-flag clearance is needed for C1-C2 self-SNAG, "
                + "and this episode has no red-flag screening yet"), signing);
        assertFalse(signing.contains("manual.snag"), "no internal code: " + signing);
        String giving = refusal(() -> plans.recordGiven(new InterventionGiven(anna.getId(), visit.getId(), null,
                "manual.mobilisation", new Dosage())));
        assertTrue(giving.contains("This cannot be recorded as given. Red-flag clearance is needed for Mobilisation (grades I-IV),"), giving);
        assertEquals(List.of(), plans.givenAt(visit.getId()), "nothing was recorded");
        assertEquals(PlanStatus.DRAFT, plans.revisionsOf(episode.getId()).get(0).getStatus(), "nothing signed");

        // what needs no clearance goes ahead
        plans.recordGiven(new InterventionGiven(anna.getId(), visit.getId(), null, "exercise.dnf", new Dosage()));
        assertEquals(1, plans.givenAt(visit.getId()).size());
        assertFalse(redFlags.clearance(episode.getId()).screened());
    }

    @Test
    void aScreeningFromBeforeTheEpisodeDoesNotClearIt() throws Exception {
        screen(MONDAY_9AM.minusDays(40));
        PlanOfCare plan = draftWith(plans, "manual.traction");
        assertTrue(refusal(() -> plans.sign(plan.getId(), therapist.getId())).contains("no red-flag screening yet"));

        screen(MONDAY_9AM);
        assertTrue(redFlags.clearance(episode.getId()).cleared());
        assertEquals(PlanStatus.SIGNED, plans.sign(plan.getId(), therapist.getId()).getStatus());
    }

    @Test
    void anOpenFlagHoldsEveryGatedStepUntilAcknowledgedAndThenStaysInTheRecord() throws Exception {
        RedFlagScreening dizziness = screen(MONDAY_9AM, "cad_dizziness", "thunderclap_onset");
        PlanOfCare plan = draftWith(plans, "manual.traction");
        Visit visit = new JpaEpisodeService(database, TestSessions.of(database)).addVisit(new Visit(anna.getId(), episode.getId(),
                MONDAY_9AM, therapist.getId(), VisitType.INITIAL_EVALUATION));

        String signing = refusal(() -> plans.sign(plan.getId(), therapist.getId()));
        assertTrue(signing.contains("Red-flag clearance is needed for Cervical traction, and these red flags are not "
                + "acknowledged yet: Dizziness; Sudden or thunderclap onset."), signing);
        assertFalse(signing.contains("cad_dizziness"), signing);
        refusal(() -> plans.recordGiven(new InterventionGiven(anna.getId(), visit.getId(), null, "manual.manipulation",
                new Dosage())));

        redFlags.acknowledge(dizziness.getId(), therapist.getId(), "Vertebral artery screen negative; GP cleared.");
        assertEquals(PlanStatus.SIGNED, plans.sign(plan.getId(), therapist.getId()).getStatus());
        plans.recordGiven(new InterventionGiven(anna.getId(), visit.getId(), null, "manual.manipulation", new Dosage()));
        assertEquals(List.of(), redFlags.openFlags(anna.getId()));
        assertTrue(new JpaPatientRecordService(database, TestSessions.of(database)).open(anna.getId()).orElseThrow().redFlagScreenings().stream()
                .anyMatch(s -> s.flags().contains("cad_dizziness") && s.getAcknowledgedBy() == therapist.getId()),
                "the acknowledged screening stays part of the record");
    }

    @Test
    void aHomeProgrammeComesFromTheSignedPlanAndADraftPrintsNothingGated() throws Exception {
        PlanOfCare draft = draftWith(plans, "exercise.dnf", "manual.snag");
        HomeProgramme fromDraft = plans.homeProgramme(draft.getId());
        assertTrue(fromDraft.draft());
        assertEquals(List.of("exercise.dnf"), fromDraft.exercises().stream()
                .map(PlannedIntervention::getInterventionCode).toList(), "the self-SNAG waits for the signature");
        assertEquals(List.of("manual.snag"), fromDraft.leftOut());

        screen(MONDAY_9AM);
        plans.sign(draft.getId(), therapist.getId());
        HomeProgramme signed = plans.homeProgramme(draft.getId());
        assertFalse(signed.draft());
        assertEquals(List.of("exercise.dnf", "manual.snag"), signed.exercises().stream()
                .map(PlannedIntervention::getInterventionCode).toList());

        // a flag raised after signing stops the self-SNAG going home until it is acknowledged
        RedFlagScreening later = screen(MONDAY_9AM.plusDays(7), "cad_diplopia");
        String printing = refusal(() -> plans.homeProgramme(draft.getId()));
        assertTrue(printing.contains("The home programme cannot be printed. Red-flag clearance is needed for C1-C2 "
                + "self-SNAG, and these red flags are not acknowledged yet: Double vision."), printing);
        redFlags.acknowledge(later.getId(), therapist.getId(), "Seen by GP: no cervical arterial cause.");
        assertEquals(2, plans.homeProgramme(draft.getId()).exercises().size());

        // the replaced revision prints nothing
        PlanOfCare revision = plans.revise(draft.getId());
        plans.sign(revision.getId(), therapist.getId());
        ValidationException superseded = assertThrows(ValidationException.class, () -> plans.homeProgramme(draft.getId()));
        assertEquals("plan", superseded.errors().get(0).field());
    }

    @Test
    void aClinicsOwnNeckTechniqueIsHeldBackTheSameWayAndNamedByItsTitle() throws Exception {
        InterventionCatalogue clinic = new InterventionCatalogue() {
            @Override
            public List<InterventionType> interventions() {
                return List.of(new InterventionType("ch.seeblick.neckTechnique", "manual", true));
            }

            @Override
            public String title(String code) {
                return "Seeblick neck technique";
            }
        };
        JpaPlanOfCareService withClinicCatalogue = new JpaPlanOfCareService(database, TestSessions.of(database), clinic);
        RedFlagScreening numbness = screen(MONDAY_9AM, "cad_numbness");
        PlanOfCare plan = draftWith(withClinicCatalogue, "ch.seeblick.neckTechnique");
        assertTrue(refusal(() -> withClinicCatalogue.sign(plan.getId(), therapist.getId()))
                .contains("Red-flag clearance is needed for Seeblick neck technique,"));
        assertEquals(List.of(), withClinicCatalogue.homeProgramme(plan.getId()).exercises());

        redFlags.acknowledge(numbness.getId(), therapist.getId(), "Neurological exam normal; GP cleared.");
        assertEquals(PlanStatus.SIGNED, withClinicCatalogue.sign(plan.getId(), therapist.getId()).getStatus());
    }

    @Test
    void aPositiveRedFlagStaysOpenUntilAcknowledgedWithANote() throws Exception {
        RedFlagScreening screening = screen(MONDAY_9AM, "thunderclap_onset", "cad_dizziness");
        screen(MONDAY_9AM);
        assertEquals(1, redFlags.openFlags(anna.getId()).size(), "a screening without positive flags is never open");

        assertThrows(ValidationException.class, () -> redFlags.acknowledge(screening.getId(), therapist.getId(), ""));
        redFlags.acknowledge(screening.getId(), therapist.getId(), "Referred to GP; cleared for treatment 2026-11-05.");
        assertEquals(List.of(), redFlags.openFlags(anna.getId()));
    }
}
