package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinician.Clinician;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.OpeningHours;
import atlas.core.episode.ProposedVisit;
import atlas.core.episode.ReferralStanding;
import atlas.core.episode.SeriesPlan;
import atlas.core.episode.VisitSeries;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.Patient;
import atlas.core.plan.PlanOfCare;
import atlas.core.validation.ValidationException;
import atlas.store.internal.records.JpaClinicService;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;

/**
 * Issue 18, the schedule: a therapist is never booked twice at once - an overlapping visit is
 * refused naming the therapist and the time taken, also when two workstations book the same time
 * at the same moment (one wins, the other is told, nothing half-saved); a visit's status moves
 * from booked to arrived, cancelled (with a reason, late within a day) or missed, a cancelled or
 * missed visit frees its time and is no session of the referral; signing the note completes it.
 */
abstract class SchedulingContract extends StoreTestBase {

    private static final LocalDate DAY = LocalDate.now().plusDays(3);
    private Patient anna;
    private Patient ben;
    private Clinician maria;
    private Clinician jonas;
    private JpaEpisodeService episodes;
    private EpisodeOfCare annas;
    private EpisodeOfCare bens;

    @BeforeEach
    void twoPatientsAndTwoTherapists() throws Exception {
        JpaPatientService patients = new JpaPatientService(database, TestSessions.of(database));
        anna = patients.register(patient("P-0001", "Keller"));
        ben = patients.register(patient("P-0002", "Brunner"));
        JpaClinicianService clinicians = new JpaClinicianService(database, TestSessions.of(database));
        maria = clinicians.register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        jonas = clinicians.register(new Clinician("jmeier", "Jonas Meier, PT", "physiotherapist"));
        episodes = new JpaEpisodeService(database, TestSessions.of(database));
        annas = start(anna);
        bens = start(ben);
    }

    private EpisodeOfCare start(Patient patient) throws Exception {
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now().minusDays(10), "GP",
                LocalDate.now().minusDays(7));
        episode.setSessionsAuthorised(9);
        return episodes.start(episode);
    }

    private Visit visit(Patient patient, EpisodeOfCare episode, LocalDateTime at, Clinician with, VisitType type) {
        return new Visit(patient.getId(), episode.getId(), at, with.getId(), type);
    }

    @Test
    void anOverlappingVisitIsRefusedNamingTheTherapistAndTheTimeTaken() throws Exception {
        Visit first = episodes.addVisit(visit(anna, annas, DAY.atTime(9, 0), maria, VisitType.INITIAL_EVALUATION));
        assertEquals(60, first.getDurationMinutes(), "an evaluation takes an hour unless said otherwise");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> episodes.addVisit(visit(ben, bens, DAY.atTime(9, 45), maria, VisitType.DAILY)));
        assertEquals("startsAt", refused.errors().get(0).field());
        String said = refused.errors().get(0).message();
        assertTrue(said.startsWith("Maria Lehmann, PT already has a visit on ") // the day in the reader's form
                && said.endsWith(" from 09:00 to 10:00; choose another time or therapist"), said);
        assertEquals(1, episodes.visitsOn(DAY).size(), "nothing saved");

        episodes.addVisit(visit(ben, bens, DAY.atTime(10, 0), maria, VisitType.DAILY)); // right after: touching
        episodes.addVisit(visit(ben, bens, DAY.atTime(9, 15), jonas, VisitType.DAILY)); // another therapist
        Visit early = visit(ben, bens, DAY.atTime(8, 40), maria, VisitType.DAILY);
        assertThrows(ValidationException.class, () -> episodes.addVisit(early), "08:40 to 09:10 runs into 09:00");
        early.setDurationMinutes(20);
        episodes.addVisit(early);
        assertEquals(DAY.atTime(10, 30), episodes.nextFreeStart(maria.getId(), DAY.atTime(8, 30), 30),
                "the first half hour free from 08:30 on");

        Visit moved = episodes.visitsOn(DAY).stream().map(row -> row.visit())
                .filter(v -> v.getStartsAt().equals(DAY.atTime(9, 15))).findFirst().orElseThrow();
        moved.setClinicianId(maria.getId());
        assertEquals("startsAt", assertThrows(ValidationException.class, () -> episodes.updateVisit(moved))
                .errors().get(0).field(), "a move is checked as a booking");
        Visit durationTooLong = visit(ben, bens, DAY.atTime(14, 0), maria, VisitType.DAILY);
        durationTooLong.setDurationMinutes(Visit.DURATION_MAX + 1);
        assertEquals("durationMinutes", assertThrows(ValidationException.class,
                () -> episodes.addVisit(durationTooLong)).errors().get(0).field());
    }

    @Test
    void aCancelledOrMissedVisitFreesItsTimeAndIsNoSessionOfTheReferral() throws Exception {
        Visit booked = episodes.addVisit(visit(anna, annas, DAY.atTime(11, 0), maria, VisitType.DAILY));
        assertEquals(VisitStatus.BOOKED, booked.getStatus());
        assertEquals("cancelReason", assertThrows(ValidationException.class,
                () -> episodes.markVisit(booked.getId(), VisitStatus.CANCELLED, " ")).errors().get(0).field());
        assertEquals("visitStatus", assertThrows(ValidationException.class,
                () -> episodes.markVisit(booked.getId(), VisitStatus.NO_SHOW, null)).errors().get(0).field(),
                "not missed before its time");
        Visit cancelled = episodes.markVisit(booked.getId(), VisitStatus.CANCELLED, "Migraine attack");
        assertEquals(VisitStatus.CANCELLED, cancelled.getStatus());
        assertFalse(cancelled.isLateCancellation(), "three days ahead");
        assertEquals(new ReferralStanding(9, 0, 0, null), episodes.referralStanding(annas.getId()));

        Visit instead = episodes.addVisit(visit(ben, bens, DAY.atTime(11, 0), maria, VisitType.DAILY));
        assertEquals("startsAt", assertThrows(ValidationException.class,
                () -> episodes.markVisit(booked.getId(), VisitStatus.BOOKED, null)).errors().get(0).field(),
                "its time was given to another patient meanwhile");

        Visit today = episodes.addVisit(visit(anna, annas, LocalDateTime.now().plusHours(3).withNano(0), jonas,
                VisitType.DAILY));
        assertTrue(episodes.markVisit(today.getId(), VisitStatus.CANCELLED, "Car broke down").isLateCancellation());
        Visit past = episodes.addVisit(visit(anna, annas, LocalDateTime.now().minusHours(2).withNano(0), jonas,
                VisitType.DAILY));
        assertEquals(VisitStatus.NO_SHOW, episodes.markVisit(past.getId(), VisitStatus.NO_SHOW, null).getStatus());
        assertEquals("visitStatus", assertThrows(ValidationException.class,
                () -> episodes.markVisit(past.getId(), VisitStatus.ARRIVED, null)).errors().get(0).field());

        Visit given = episodes.addVisit(visit(ben, bens, LocalDateTime.now().minusHours(1).withNano(0), maria,
                VisitType.DAILY));
        assertEquals(VisitStatus.ARRIVED, episodes.markVisit(given.getId(), VisitStatus.ARRIVED, null).getStatus());
        JpaClinicalNoteService notes = new JpaClinicalNoteService(database, TestSessions.of(database));
        ClinicalNote note = new ClinicalNote(ben.getId(), given.getId(), maria.getId());
        note.setAssessment("Less neck pain.");
        notes.sign(notes.saveDraft(note).getId(), maria.getId());
        Visit completed = episodes.visitsOf(bens.getId()).stream().filter(v -> v.getId().equals(given.getId()))
                .findFirst().orElseThrow();
        assertEquals(VisitStatus.COMPLETED, completed.getStatus(), "signing its note completes it");
        assertEquals(new ReferralStanding(9, 1, 1, null), episodes.referralStanding(bens.getId()));
        assertEquals("visitStatus", assertThrows(ValidationException.class,
                () -> episodes.markVisit(given.getId(), VisitStatus.CANCELLED, "too late")).errors().get(0).field());
        assertEquals(instead.getId(), episodes.visitsOn(DAY).get(0).visit().getId());
    }

    @Test
    void twoWorkstationsBookingTheSameTimeGetOneVisitAndOneRefusal() throws Exception {
        JpaClinicalDatabase elsewhere = secondWorkstation();
        List<JpaClinicalDatabase> desks = List.of(database, elsewhere);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                LocalDateTime at = DAY.atTime(8 + round, 0);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int d = 0; d < 2; d++) {
                    JpaClinicalDatabase desk = desks.get(d);
                    long later = d * 10L;
                    Patient who = d == 0 ? anna : ben;
                    EpisodeOfCare which = d == 0 ? annas : bens;
                    outcomes.add(pool.submit(() -> {
                        TestSessions.onThisThread(desk);
                        JpaEpisodeService service = new JpaEpisodeService(desk, TestSessions.of(desk));
                        go.await();
                        try {
                            service.addVisit(visit(who, which, at.plusMinutes(later), maria, VisitType.DAILY));
                            return "booked";
                        } catch (ValidationException refused) {
                            return refused.errors().get(0).field();
                        }
                    }));
                }
                go.countDown();
                List<String> said = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    said.add(outcome.get());
                }
                said.sort(null);
                assertEquals(List.of("booked", "startsAt"), said, "round " + round);
                assertEquals(round + 1, episodes.visitsOn(DAY).size(), "one visit per round, none half-saved");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSeriesFromTheSignedPlanListsItsClashesThenBooksAllOrNothing() throws Exception {
        assertTrue(episodes.seriesPlan(annas.getId()).isEmpty(), "no plan signed yet");
        JpaPlanOfCareService plans = new JpaPlanOfCareService(database, TestSessions.of(database));
        PlanOfCare plan = new PlanOfCare(anna.getId(), annas.getId(), 1, null);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plan = plans.createDraft(plan);
        assertTrue(episodes.seriesPlan(annas.getId()).isEmpty(), "a draft is no plan to book from");
        plans.sign(plan.getId(), maria.getId());
        SeriesPlan signed = episodes.seriesPlan(annas.getId()).orElseThrow();
        assertEquals(12, VisitSeries.plannedCount(signed));

        LocalDate monday = DAY.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        Visit bensVisit = episodes.addVisit(visit(ben, bens, monday.plusDays(3).atTime(9, 15), maria, VisitType.DAILY));
        LocalDate lastThursday = monday.plusWeeks(5).plusDays(3);
        episodes.addVisit(visit(ben, bens, lastThursday.atTime(9, 0), maria, VisitType.DAILY));
        episodes.addVisit(visit(ben, bens, lastThursday.atTime(9, 30), maria, VisitType.DAILY)); // after the series's end
        VisitSeries series = new VisitSeries(anna.getId(), annas.getId(), maria.getId(), VisitType.DAILY, monday,
                VisitSeries.usualDays(2), java.time.LocalTime.of(9, 0), 30, 12);
        List<ProposedVisit> proposed = episodes.proposeSeries(series);
        assertEquals(12, proposed.size());
        assertEquals(List.of(1, 11), java.util.stream.IntStream.range(0, 12).filter(i -> !proposed.get(i).free())
                .boxed().toList(), "only the Thursdays of Ben's visits clash");
        assertEquals(lastThursday.atTime(10, 0), proposed.get(11).freeThatDay(), "after both of Ben's visits");
        assertEquals(bensVisit.getId(), proposed.get(1).clash().getId());
        assertEquals(monday.plusDays(3).atTime(9, 45), proposed.get(1).freeThatDay());
        assertEquals(0, episodes.visitsOf(annas.getId()).size(), "a proposal saves nothing");

        ValidationException refused = assertThrows(ValidationException.class,
                () -> episodes.bookSeries(proposed.stream().map(ProposedVisit::visit).toList()));
        assertEquals("startsAt", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().startsWith("Maria Lehmann, PT already has a visit on "));
        assertEquals(0, episodes.visitsOf(annas.getId()).size(), "one clash: none of the series is booked");

        proposed.get(1).visit().setStartsAt(proposed.get(1).freeThatDay());
        proposed.get(11).visit().setStartsAt(proposed.get(11).freeThatDay());
        List<Visit> booked = episodes.bookSeries(proposed.stream().map(ProposedVisit::visit).toList());
        assertEquals(12, booked.size());
        assertEquals(12, episodes.visitsOf(annas.getId()).size());
        assertEquals(new ReferralStanding(9, 0, 12, null), episodes.referralStanding(annas.getId()));
        assertEquals("startsAt", assertThrows(ValidationException.class, () -> episodes.bookSeries(
                episodes.proposeSeries(series).stream().map(ProposedVisit::visit).toList())).errors().get(0).field(),
                "the same series again clashes with itself as booked");

        VisitSeries broken = new VisitSeries(anna.getId(), annas.getId(), maria.getId(), VisitType.DAILY,
                LocalDate.now().minusDays(1), java.util.Set.of(), java.time.LocalTime.of(9, 0), 30, 12);
        assertEquals(List.of("firstDay", "days"), assertThrows(ValidationException.class,
                () -> episodes.proposeSeries(broken)).errors().stream().map(e -> e.field()).toList());
        assertEquals("series", assertThrows(ValidationException.class, () -> episodes.bookSeries(List.of()))
                .errors().get(0).field());
        Visit annasOwn = visit(anna, annas, monday.plusWeeks(8).atTime(9, 0), maria, VisitType.DAILY);
        Visit bensOwn = visit(ben, bens, monday.plusWeeks(8).atTime(11, 0), maria, VisitType.DAILY);
        assertEquals("series", assertThrows(ValidationException.class,
                () -> episodes.bookSeries(List.of(annasOwn, bensOwn))).errors().get(0).field(),
                "one series, one episode");
        assertEquals(12, episodes.visitsOf(annas.getId()).size());
        assertEquals(3, episodes.visitsOf(bens.getId()).size());
    }

    @Test
    void aSeriesIsProposedInTheClinicsOwnOpeningHours() throws Exception {
        // a clinic open Monday to Thursday, 08:00 to 12:00, as its administrator saved it
        new JpaClinicService(database, TestSessions.of(database)).save(new ClinicDetails("Praxis Seeblick", "", "", "",
                null, new OpeningHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
                        java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY))));
        LocalDate monday = DAY.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        Visit bensVisit = visit(ben, bens, monday.atTime(9, 0), maria, VisitType.DAILY);
        bensVisit.setDurationMinutes(165); // to 11:45: 15 minutes left before noon
        episodes.addVisit(bensVisit);
        episodes.addVisit(visit(ben, bens, monday.plusDays(3).atTime(9, 0), maria, VisitType.DAILY));
        VisitSeries series = new VisitSeries(anna.getId(), annas.getId(), maria.getId(), VisitType.DAILY, monday,
                java.util.Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY,
                        java.time.DayOfWeek.FRIDAY), LocalTime.of(9, 0), 30, 3);
        List<ProposedVisit> proposed = episodes.proposeSeries(series);
        assertEquals(bensVisit.getStartsAt(), proposed.get(0).clash().getStartsAt());
        assertEquals(null, proposed.get(0).freeThatDay(), "no half hour left before this clinic's noon");
        assertEquals(monday.plusDays(3).atTime(9, 30), proposed.get(1).freeThatDay());
        assertTrue(proposed.get(2).closed(), "Friday: the clinic is closed");
        assertFalse(proposed.get(2).free());
    }

    @Test
    void theRecallListNamesWhoMissedAVisitAndWhoseSeriesEnded() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        LocalDate past = LocalDate.now().minusDays(3);
        episodes.addVisit(visit(anna, annas, past.atTime(9, 0), maria, VisitType.INITIAL_EVALUATION));
        Visit missed = episodes.addVisit(visit(ben, bens, past.atTime(11, 0), maria, VisitType.DAILY));
        episodes.markVisit(missed.getId(), VisitStatus.NO_SHOW, null);
        List<atlas.core.episode.Recall.Line> lines = episodes.recall(now);
        assertEquals(List.of("P-0002 NO_SHOW_NOT_BACK " + past, "P-0001 SERIES_ENDED " + past),
                lines.stream().map(line -> line.recordNumber() + " " + line.reason() + " " + line.date()).toList());
        assertEquals("Brunner, Anna", lines.get(0).patientName());

        episodes.addVisit(visit(ben, bens, DAY.atTime(9, 0), jonas, VisitType.DAILY)); // called and booked again
        assertEquals(List.of("P-0001"), episodes.recall(now).stream().map(line -> line.recordNumber()).toList());
    }
}
