package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditEvent;
import atlas.core.clinician.Clinician;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.Discharge;
import atlas.core.episode.DischargeReason;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.ReferralStanding;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.Patient;
import atlas.core.plan.PlanOfCare;
import atlas.core.validation.ValidationException;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;

/**
 * Issue 18, discharge: an episode ends only through the discharge, which refuses while a note of
 * its visits is unsigned and asks for the therapist's words where no discharge visit has a signed
 * note - nothing saved when refused; afterwards the episode is closed to every writing service
 * (visits, notes, forms, plan), on this workstation and another one, until it is reopened for a
 * reason that the audit trail keeps. And the referral it begins with: kept for every workstation,
 * its sessions counted from the signed notes, a bad value refused with nothing saved.
 */
abstract class DischargeContract extends StoreTestBase {

    private static final LocalDate TODAY = LocalDate.now();
    private Patient anna;
    private Clinician therapist;
    private JpaEpisodeService episodes;
    private JpaClinicalNoteService notes;
    private EpisodeOfCare episode;
    private Visit first;

    @BeforeEach
    void anEpisodeWithASignedFirstVisit() throws Exception {
        anna = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0001", "Keller"));
        therapist = new JpaClinicianService(database, TestSessions.of(database))
                .register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        episodes = new JpaEpisodeService(database, TestSessions.of(database));
        notes = new JpaClinicalNoteService(database, TestSessions.of(database));
        EpisodeOfCare started = new EpisodeOfCare(anna.getId(), TODAY.minusWeeks(6), "GP", TODAY.minusWeeks(6));
        started.getDiagnoses().add(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"));
        episode = episodes.start(started);
        first = visit(TODAY.minusWeeks(6).atTime(9, 0), VisitType.INITIAL_EVALUATION);
        note(first, true);
    }

    private Visit visit(LocalDateTime at, VisitType type) throws Exception {
        return episodes.addVisit(new Visit(anna.getId(), episode.getId(), at, therapist.getId(), type));
    }

    private ClinicalNote note(Visit visit, boolean signed) throws Exception {
        ClinicalNote draft = new ClinicalNote(anna.getId(), visit.getId(), therapist.getId());
        draft.setAssessment("Goals met; independent with the home programme.");
        draft = notes.saveDraft(draft);
        return signed ? notes.sign(draft.getId(), therapist.getId()) : draft;
    }

    @Test
    void anUnsignedNoteOrAMissingStatementKeepsTheEpisodeOpenWithNothingSaved() throws Exception {
        Visit last = visit(TODAY.atTime(8, 0), VisitType.DISCHARGE);
        ClinicalNote draft = note(last, false);
        ValidationException refused = assertThrows(ValidationException.class, () -> episodes.discharge(episode.getId(),
                new Discharge(TODAY, DischargeReason.GOALS_MET, "")));
        assertEquals(List.of("unsignedNotes", "statement"), refused.errors().stream().map(e -> e.field()).toList(),
                refused.errors().toString());
        EpisodeOfCare stored = episodes.episodesOf(anna.getId()).get(0);
        assertEquals(EpisodeStatus.ACTIVE, stored.getStatus(), "nothing half-saved");
        assertEquals(null, stored.getEndDate());

        notes.sign(draft.getId(), therapist.getId());
        // signed discharge note: no statement needed, unless the reason is "other"
        assertEquals("statement", assertThrows(ValidationException.class, () -> episodes.discharge(episode.getId(),
                new Discharge(TODAY, DischargeReason.OTHER, " "))).errors().get(0).field());
        assertEquals("dischargeDate", assertThrows(ValidationException.class, () -> episodes.discharge(episode.getId(),
                new Discharge(TODAY.plusDays(1), DischargeReason.GOALS_MET, ""))).errors().get(0).field(),
                "not in the future");
        EpisodeOfCare discharged = episodes.discharge(episode.getId(), new Discharge(TODAY, DischargeReason.GOALS_MET, ""));
        assertEquals(EpisodeStatus.DISCHARGED, discharged.getStatus());
        assertEquals(TODAY, discharged.getEndDate());
        assertEquals(DischargeReason.GOALS_MET, discharged.getDischargeReason());
        assertEquals(List.of(episode.getId()), episodes.dischargedBetween(TODAY, TODAY).stream()
                .map(EpisodeOfCare::getId).toList(), "the clinic's responder view counts it");
        assertEquals("episode", assertThrows(ValidationException.class, () -> episodes.discharge(episode.getId(),
                new Discharge(TODAY, DischargeReason.GOALS_MET, "again"))).errors().get(0).field(), "once");
    }

    @Test
    void aDischargedEpisodeIsClosedToEveryWriteOnEveryWorkstationUntilReopenedForAReason() throws Exception {
        Visit daily = visit(TODAY.minusWeeks(1).atTime(10, 0), VisitType.DAILY);
        ClinicalNote signed = note(daily, true);
        PlanOfCare draftPlan = new JpaPlanOfCareService(database, TestSessions.of(database))
                .createDraft(new PlanOfCare(anna.getId(), episode.getId(), 1, null));
        episodes.discharge(episode.getId(), new Discharge(TODAY, DischargeReason.PATIENT_CHOICE,
                "Moves away; home programme handed over."));

        JpaClinicalDatabase elsewhere = secondWorkstation();
        JpaEpisodeService otherEpisodes = new JpaEpisodeService(elsewhere, TestSessions.of(elsewhere));
        JpaClinicalNoteService otherNotes = new JpaClinicalNoteService(elsewhere, TestSessions.of(elsewhere));
        JpaPlanOfCareService otherPlans = new JpaPlanOfCareService(elsewhere, TestSessions.of(elsewhere));
        JpaFormResponseService otherForms = SumForm.installedIn(new JpaFormResponseService(elsewhere,
                TestSessions.of(elsewhere)), new SumForm("test.ndi", "ndi", 5));
        List<ValidationException> refusals = List.of(
                assertThrows(ValidationException.class, () -> otherEpisodes.addVisit(new Visit(anna.getId(),
                        episode.getId(), TODAY.atTime(15, 0), therapist.getId(), VisitType.DAILY))),
                assertThrows(ValidationException.class, () -> {
                    Visit moved = otherEpisodes.visitsOf(episode.getId()).get(1);
                    moved.setStartsAt(moved.getStartsAt().plusHours(1));
                    otherEpisodes.updateVisit(moved);
                }),
                assertThrows(ValidationException.class, () -> otherNotes.saveDraft(new ClinicalNote(anna.getId(),
                        first.getId(), therapist.getId()))),
                assertThrows(ValidationException.class, () -> otherForms.submit(daily.getId(), "test.ndi",
                        new SumForm("test.ndi", "ndi", 5).answersFor(12))),
                assertThrows(ValidationException.class, () -> otherPlans.updateDraft(draftPlan)),
                assertThrows(ValidationException.class, () -> {
                    EpisodeOfCare edited = otherEpisodes.episodesOf(anna.getId()).get(0);
                    edited.setReferralSource("Neurology");
                    otherEpisodes.update(edited);
                }));
        for (ValidationException refused : refusals) {
            assertEquals("episode", refused.errors().get(0).field(), refused.errors().toString());
            assertTrue(refused.getMessage().contains("reopen it first"), refused.getMessage());
        }
        assertEquals(2, otherEpisodes.visitsOf(episode.getId()).size(), "no visit added");
        // a correction of a signed note stays possible: it changes nothing that was signed
        otherNotes.addAddendum(signed.getId(), therapist.getId(), "FRT left was 44 deg, not 40.");

        assertEquals("reason", assertThrows(ValidationException.class,
                () -> otherEpisodes.reopen(episode.getId(), "  ")).errors().get(0).field());
        EpisodeOfCare reopened = otherEpisodes.reopen(episode.getId(), "Came back with a new flare-up within 4 weeks.");
        assertEquals(EpisodeStatus.ACTIVE, reopened.getStatus());
        assertEquals(null, reopened.getEndDate());
        episodes.addVisit(new Visit(anna.getId(), episode.getId(), TODAY.atTime(16, 0), therapist.getId(),
                VisitType.RE_EVALUATION));
        assertEquals("episode", assertThrows(ValidationException.class,
                () -> episodes.reopen(episode.getId(), "twice")).errors().get(0).field(), "only a closed one");
        List<String> audited = new JpaAuditTrail(database, TestSessions.of(database)).eventsOfPatient(anna.getId(), 50)
                .stream().map(AuditEvent::getDetail).filter(detail -> detail != null).toList();
        assertTrue(audited.stream().anyMatch(detail -> detail.startsWith("discharged on " + TODAY + ": PATIENT_CHOICE")),
                audited.toString());
        assertTrue(audited.stream().anyMatch(detail -> detail.contains("reopened")
                && detail.endsWith("Came back with a new flare-up within 4 weeks.")), audited.toString());
    }

    @Test
    void theVisitsStillBookedAreCalledOffWithTheDischargeAndTheirTimeIsFreeAgain() throws Exception {
        Visit missedLastWeek = visit(TODAY.minusWeeks(1).atTime(10, 0), VisitType.DAILY); // the desk's to say
        Visit tomorrow = visit(TODAY.plusDays(1).atTime(7, 0), VisitType.DAILY);
        Visit nextWeek = visit(TODAY.plusWeeks(1).atTime(7, 0), VisitType.DAILY);
        episodes.markVisit(nextWeek.getId(), VisitStatus.CANCELLED, "patient ill");
        Visit inTwoWeeks = visit(TODAY.plusWeeks(2).atTime(7, 0), VisitType.DAILY);
        episodes.discharge(episode.getId(), new Discharge(TODAY, DischargeReason.GOALS_MET, "Goals met early."));

        JpaClinicalDatabase elsewhere = secondWorkstation();
        JpaEpisodeService otherEpisodes = new JpaEpisodeService(elsewhere, TestSessions.of(elsewhere));
        java.util.Map<Long, Visit> stored = otherEpisodes.visitsOf(episode.getId()).stream()
                .collect(java.util.stream.Collectors.toMap(Visit::getId, each -> each));
        assertEquals(VisitStatus.BOOKED, stored.get(missedLastWeek.getId()).getStatus(), "the past is left as it stands");
        assertEquals("patient ill", stored.get(nextWeek.getId()).getCancelReason(), "a call-off before stays as it was");
        for (Visit ahead : List.of(tomorrow, inTwoWeeks)) {
            Visit calledOff = stored.get(ahead.getId());
            assertEquals(VisitStatus.CANCELLED, calledOff.getStatus());
            assertEquals("episode discharged", calledOff.getCancelReason());
            assertFalse(calledOff.isLateCancellation(), "the clinic's decision, not the patient's late call-off");
        }
        // the therapist's time tomorrow at 7 is free again for another patient
        Patient bruno = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0002", "Meier"));
        EpisodeOfCare his = episodes.start(new EpisodeOfCare(bruno.getId(), TODAY, "GP", TODAY));
        episodes.addVisit(new Visit(bruno.getId(), his.getId(), TODAY.plusDays(1).atTime(7, 0), therapist.getId(),
                VisitType.INITIAL_EVALUATION));
        List<String> audited = new JpaAuditTrail(database, TestSessions.of(database)).eventsOfPatient(anna.getId(), 50)
                .stream().map(AuditEvent::getDetail).filter(detail -> detail != null).toList();
        assertEquals(2, audited.stream().filter("BOOKED -> CANCELLED: episode discharged"::equals).count(),
                audited.toString());
    }

    @Test
    void theStatusIsNotEndedByAnEditButByTheDischarge() throws Exception {
        EpisodeOfCare edited = episodes.episodesOf(anna.getId()).get(0);
        edited.setStatus(EpisodeStatus.DISCHARGED);
        edited.setEndDate(TODAY);
        assertEquals("status", assertThrows(ValidationException.class, () -> episodes.update(edited)).errors().get(0)
                .field());
        assertEquals(EpisodeStatus.ACTIVE, episodes.episodesOf(anna.getId()).get(0).getStatus());
    }

    @Test
    void theReferralIsKeptForEveryWorkstationAndItsSessionsCountFromSignedNotes() throws Exception {
        EpisodeOfCare edited = episodes.episodesOf(anna.getId()).get(0);
        edited.setReferralDiagnosis("Cervicogenic headache");
        edited.setSessionsAuthorised(3);
        edited.setReferralValidUntil(TODAY.plusWeeks(4));
        episodes.update(edited);
        Visit second = visit(TODAY.minusWeeks(1).atTime(10, 0), VisitType.DAILY);
        note(second, false);
        visit(TODAY.plusDays(2).atTime(10, 0), VisitType.DAILY);

        JpaClinicalDatabase elsewhere = secondWorkstation();
        JpaEpisodeService otherEpisodes = new JpaEpisodeService(elsewhere, TestSessions.of(elsewhere));
        EpisodeOfCare read = otherEpisodes.episodesOf(anna.getId()).get(0);
        assertEquals("Cervicogenic headache", read.getReferralDiagnosis());
        assertEquals(TODAY.plusWeeks(4), read.getReferralValidUntil());
        assertEquals(new ReferralStanding(3, 1, 2, TODAY.plusWeeks(4)), otherEpisodes.referralStanding(episode.getId()),
                "the first visit's note is signed; the second's is a draft and the third is ahead");
        assertEquals(ReferralStanding.Booking.BEYOND_SESSIONS, otherEpisodes.referralStanding(episode.getId())
                .booking(TODAY.plusDays(5)), "a fourth visit would be beyond the three authorised");

        read.setSessionsAuthorised(0);
        read.setReferralValidUntil(read.getReferralDate().minusDays(1));
        ValidationException refused = assertThrows(ValidationException.class, () -> otherEpisodes.update(read));
        assertEquals(List.of("sessionsAuthorised", "referralValidUntil"),
                refused.errors().stream().map(e -> e.field()).toList(), refused.errors().toString());
        EpisodeOfCare kept = episodes.episodesOf(anna.getId()).get(0);
        assertEquals(3, kept.getSessionsAuthorised(), "nothing saved");
        assertEquals(TODAY.plusWeeks(4), kept.getReferralValidUntil());
    }
}
