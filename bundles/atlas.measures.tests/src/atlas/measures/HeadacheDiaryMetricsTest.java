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
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.measures.HeadacheDiaryMetrics.Month;
import atlas.measures.HeadacheEpisode.AcuteMedication;

/** Monthly diary metrics: day definitions, 28-day normalisation, responders, chronic and overuse flags. */
@ExtendWith(EnglishLocale.class)
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
        assertEquals(5, february.headacheDays(), "2, 3, 5, 6 and 7 February: the aura day is a migraine day, so a headache day");
        assertEquals(3, february.migraineDays(), "the migraine, the triptan day and the aura of 20 min");
        assertEquals(2, february.medicationDays());
        assertEquals(5.0, february.headacheDaysPer28(), "February has 28 days");
        assertEquals(4, only(episodes, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), false).headacheDays(),
                "treated short headaches count only when the setting says so (5 February), unless a migraine day (6, 7)");
    }

    @Test
    void anAuraOnlyAttackIsAMigraineDayAndSoAHeadacheDay() {
        LocalDate d = LocalDate.of(2026, 2, 10);
        Month february = only(List.of(new HeadacheEpisode(d, null, null, false, false, false, false, false, false, 30,
                null)), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), false);
        assertEquals(1, february.migraineDays());
        assertEquals(1, february.headacheDays(), "migraine days are a part of the headache days (ICHD-3 1.3)");
    }

    @Test
    void impossibleEntriesAndWindowsAreRefusedByName() {
        LocalDate d = LocalDate.of(2026, 2, 10);
        assertEquals("The headache of 2026-02-10: intensity 11; allowed are 0 to 10", refusal(
                () -> new HeadacheEpisode(d, 60, 11, false, false, false, false, false, false, null, null)));
        assertEquals("The headache of 2026-02-10: duration -5 min; allowed are 0 minutes or more", refusal(
                () -> new HeadacheEpisode(d, -5, 3, false, false, false, false, false, false, null, null)));
        assertEquals("The headache of 2026-02-10: aura -1 min; allowed are 0 minutes or more", refusal(
                () -> new HeadacheEpisode(d, 60, 3, false, false, false, false, false, false, -1, null)));
        assertEquals("The diary window ends on 2026-02-01, before it starts on 2026-02-28", refusal(
                () -> HeadacheDiaryMetrics.monthly(List.of(), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 1), null, true)));
        assertEquals("The diary metrics need episodes; it is missing", refusal(
                () -> HeadacheDiaryMetrics.monthly(null, d, d, null, true)));
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void severalClassesTogetherOnTenDaysAreOveruseAsIchd3EightTwoSix() {
        List<HeadacheEpisode> mixed = new ArrayList<>();
        List<HeadacheEpisode> oneClass = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            for (int day = 1; day <= 11; day++) {
                LocalDate date = LocalDate.of(2026, month, day);
                // 6 days of an NSAID and 5 of a triptan: neither class alone reaches its limit
                mixed.add(brief(date, day <= 6 ? AcuteMedication.SIMPLE_ANALGESIC : AcuteMedication.TRIPTAN));
                oneClass.add(brief(date, AcuteMedication.SIMPLE_ANALGESIC)); // 11 days: below 15
            }
        }
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertTrue(HeadacheDiaryMetrics.monthly(mixed, from, to, null, true).get(2).medicationOveruse(),
                "11 days of two classes together, three months in a row");
        assertFalse(HeadacheDiaryMetrics.monthly(oneClass, from, to, null, true).get(2).medicationOveruse(),
                "one class below its own limit is not 8.2.6");
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
