package atlas.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.episode.Recall.Reason;

/**
 * Issue 18, the recall list: a re-evaluation due without one booked, a last visit missed with none
 * since, a series ended without a next visit or discharge, a referral running out - each at its
 * edge; a discharged episode is never listed.
 */
class RecallTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();

    @Test
    void aReEvaluationIsDueAWeekBeforeItsDateUntilOneIsBooked() {
        List<Visit> visits = new ArrayList<>(List.of(given(-10), booked(2)));
        assertEquals(List.of(), reasons(visits, TODAY.plusDays(8)), "more than a week ahead");
        assertEquals(List.of(Reason.RE_EVALUATION_DUE), reasons(visits, TODAY.plusDays(7)));
        assertEquals(List.of(Reason.RE_EVALUATION_DUE), reasons(visits, TODAY.minusDays(20)), "overdue");
        Visit reEvaluation = new Visit(7, 1, TODAY.plusDays(3).atTime(9, 0), 3L, VisitType.RE_EVALUATION);
        visits.add(reEvaluation);
        assertEquals(List.of(), reasons(visits, TODAY.plusDays(7)), "booked a few days before its date");
        reEvaluation.cancel("ill", NOW);
        assertEquals(List.of(Reason.RE_EVALUATION_DUE), reasons(visits, TODAY.plusDays(7)), "called off: due again");
    }

    @Test
    void aMissedLastVisitOrAnEndedSeriesIsListedUntilTheNextIsBooked() {
        Visit missed = given(-2);
        missed.mark(VisitStatus.NO_SHOW);
        List<Visit> visits = new ArrayList<>(List.of(given(-9), missed));
        assertEquals(List.of(Reason.NO_SHOW_NOT_BACK), reasons(visits, null));
        assertEquals(TODAY.minusDays(2), lines(visits, null).get(0).date());
        visits.add(booked(1));
        assertEquals(List.of(), reasons(visits, null), "booked again");

        List<Visit> ended = new ArrayList<>(List.of(given(-9), given(-2)));
        Visit calledOff = booked(3);
        calledOff.cancel("moved away", NOW);
        ended.add(calledOff);
        assertEquals(List.of(Reason.SERIES_ENDED), reasons(ended, null), "a cancelled visit is no next visit");
        assertEquals(TODAY.minusDays(2), lines(ended, null).get(0).date(), "the last visit given");
        assertEquals(List.of(), reasons(List.of(booked(1)), null), "only a visit to come: nothing to call about");
    }

    @Test
    void aReferralRunningOutIsListedAndADischargedEpisodeNever() {
        EpisodeOfCare episode = episode();
        episode.setSessionsAuthorised(3);
        List<Visit> visits = List.of(given(-9), given(-5), booked(2));
        assertEquals(List.of(Reason.REFERRAL_ENDING), Recall.of(episode, "P-1", "Keller, Anna", visits, null, NOW)
                .stream().map(Recall.Line::reason).toList(), "1 of 3 sessions left");
        episode.setStatus(EpisodeStatus.DISCHARGED);
        assertEquals(List.of(), Recall.of(episode, "P-1", "Keller, Anna", visits, TODAY, NOW));
    }

    @Test
    void theListRunsByReasonThenOldestFirst() {
        Recall.Line late = new Recall.Line(1, "P-1", "B", 1, Reason.SERIES_ENDED, TODAY.minusDays(1), null);
        Recall.Line early = new Recall.Line(2, "P-2", "A", 2, Reason.SERIES_ENDED, TODAY.minusDays(9), null);
        Recall.Line due = new Recall.Line(3, "P-3", "C", 3, Reason.RE_EVALUATION_DUE, TODAY, null);
        Recall.Line open = new Recall.Line(4, "P-4", "D", 4, Reason.REFERRAL_ENDING, null, null);
        assertEquals(List.of(due, early, late, open), Recall.sorted(List.of(open, late, early, due)));
    }

    private static List<Reason> reasons(List<Visit> visits, LocalDate reEvaluation) {
        return lines(visits, reEvaluation).stream().map(Recall.Line::reason).toList();
    }

    private static List<Recall.Line> lines(List<Visit> visits, LocalDate reEvaluation) {
        return Recall.of(episode(), "P-1", "Keller, Anna", visits, reEvaluation, NOW);
    }

    private static EpisodeOfCare episode() {
        EpisodeOfCare episode = new EpisodeOfCare(7, TODAY.minusDays(30), "GP", TODAY.minusDays(30));
        try {
            var field = EpisodeOfCare.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(episode, 1L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return episode;
    }

    /** A visit {@code days} from today, its note signed. */
    private static Visit given(int days) {
        Visit visit = booked(days);
        visit.complete();
        return visit;
    }

    private static Visit booked(int days) {
        return new Visit(7, 1, TODAY.plusDays(days).atTime(9, 0), 3L, VisitType.DAILY);
    }
}
