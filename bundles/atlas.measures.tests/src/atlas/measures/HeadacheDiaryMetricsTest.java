package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.measures.HeadacheDiaryMetrics.Month;
import atlas.measures.HeadacheEpisode.AcuteMedication;

/** Monthly diary metrics: day definitions, 28-day normalisation, responders, chronic and overuse flags. */
class HeadacheDiaryMetricsTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    private static HeadacheEpisode migraine(LocalDate day) {
        return new HeadacheEpisode(day, 240, 7, true, true, false, true, false, false, null, null);
    }

    private static HeadacheEpisode tensionType(LocalDate day) {
        return new HeadacheEpisode(day, 120, 4, false, false, false, false, true, false, null, null);
    }

    private static HeadacheEpisode brief(LocalDate day, AcuteMedication medication) {
        return new HeadacheEpisode(day, 20, 3, false, false, false, false, false, false, null, medication);
    }

    private static Month only(List<HeadacheEpisode> episodes, LocalDate from, LocalDate to, boolean treatedCounts) {
        return HeadacheDiaryMetrics.monthly(episodes, from, to, null, treatedCounts).get(0);
    }

    @Test
    void aDayCountsOnceAndOnlyWhatTheDefinitionsSay() {
        LocalDate d = LocalDate.of(2026, 2, 2);
        List<HeadacheEpisode> episodes = List.of(migraine(d), tensionType(d), // one day, two headaches
                tensionType(d.plusDays(1)), // headache day, not migraine (one characteristic, no nausea)
                brief(d.plusDays(2), null), // 20 min untreated: no headache day
                brief(d.plusDays(3), AcuteMedication.SIMPLE_ANALGESIC), // treated: headache and medication day
                brief(d.plusDays(4), AcuteMedication.TRIPTAN), // migraine-specific drug: migraine day
                new HeadacheEpisode(d.plusDays(5), null, null, false, false, false, false, false, false, 20, null));
        Month february = only(episodes, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), true);
        assertEquals(4, february.headacheDays(), "2, 3, 5, 6 February");
        assertEquals(3, february.migraineDays(), "the migraine, the triptan day and the aura of 20 min");
        assertEquals(2, february.medicationDays());
        assertEquals(4.0, february.headacheDaysPer28(), "February has 28 days");
        assertEquals(2, only(episodes, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), false).headacheDays(),
                "treated short headaches count only when the setting says so");
    }

    @Test
    void countsAreNormalisedToTwentyEightDaysOfTheDaysCovered() {
        List<HeadacheEpisode> episodes = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            episodes.add(tensionType(JANUARY.atDay(day * 3)));
        }
        Month january = only(episodes, JANUARY.atDay(1), JANUARY.atEndOfMonth(), true);
        assertEquals(10 * 28.0 / 31, january.headacheDaysPer28(), 1e-9);
        Month half = only(episodes, JANUARY.atDay(16), JANUARY.atEndOfMonth(), true);
        assertEquals(16, half.coveredDays());
        assertEquals(5, half.headacheDays(), "18th to 30th");
        assertEquals(5 * 28.0 / 16, half.headacheDaysPer28(), 1e-9);
    }

    @Test
    void aResponderHasAtMostHalfTheBaselineMigraineDays() {
        List<HeadacheEpisode> episodes = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            episodes.add(migraine(JANUARY.atDay(day)));
        }
        for (int day = 1; day <= 3; day++) {
            episodes.add(migraine(LocalDate.of(2026, 2, day)));
        }
        for (int day = 1; day <= 5; day++) {
            episodes.add(migraine(LocalDate.of(2026, 3, day)));
        }
        List<Month> months = HeadacheDiaryMetrics.monthly(episodes, JANUARY.atDay(1), LocalDate.of(2026, 3, 31),
                JANUARY, true);
        assertNull(months.get(0).responder(), "the baseline month is not judged against itself");
        assertTrue(months.get(1).responder(), "3 per 28 days against 7.2: halved");
        assertFalse(months.get(2).responder(), "5 x 28/31 = 4.5 against 7.2: not halved");
    }

    @Test
    void theChronicPatternIsFlaggedOnlyAfterThreeMonthsInARow() {
        List<HeadacheEpisode> episodes = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            YearMonth each = YearMonth.of(2026, month);
            for (int day = 1; day <= 16; day++) {
                episodes.add(day <= 9 ? migraine(each.atDay(day)) : tensionType(each.atDay(day)));
            }
        }
        List<Month> months = HeadacheDiaryMetrics.monthly(episodes, JANUARY.atDay(1), LocalDate.of(2026, 4, 30), null,
                true);
        assertEquals(List.of(false, false, true, false), months.stream().map(Month::chronicMigraine).toList());
    }

    @Test
    void medicationOveruseCountsSimpleAnalgesicsFromFifteenDaysAndTriptansFromTen() {
        List<HeadacheEpisode> simple = new ArrayList<>();
        List<HeadacheEpisode> triptans = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            for (int day = 1; day <= 15; day++) {
                simple.add(brief(YearMonth.of(2026, month).atDay(day), AcuteMedication.SIMPLE_ANALGESIC));
            }
            for (int day = 1; day <= 10; day++) {
                triptans.add(brief(YearMonth.of(2026, month).atDay(day), AcuteMedication.TRIPTAN));
            }
        }
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertEquals(List.of(false, false, true), HeadacheDiaryMetrics.monthly(simple, JANUARY.atDay(1), end, null, true)
                .stream().map(Month::medicationOveruse).toList());
        assertEquals(List.of(false, false, true), HeadacheDiaryMetrics
                .monthly(triptans, JANUARY.atDay(1), end, null, true).stream().map(Month::medicationOveruse).toList());
        List<HeadacheEpisode> gepants = triptans.stream().map(e -> brief(e.day(), AcuteMedication.GEPANT)).toList();
        assertFalse(HeadacheDiaryMetrics.monthly(gepants, JANUARY.atDay(1), end, null, true).get(2)
                .medicationOveruse(), "the reference gives gepants no overuse threshold");
    }
}
