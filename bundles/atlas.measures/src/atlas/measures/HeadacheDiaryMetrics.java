package atlas.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import atlas.measures.HeadacheEpisode.AcuteMedication;

/**
 * Monthly metrics of a headache diary (clinical reference, "Headache diary"): headache days,
 * migraine days and acute-medication days per calendar month, normalised to 28 days over the days
 * the diary covered; the 50 % responder status against the baseline month; and the chronic
 * migraine pattern and medication-overuse flags.
 * <p>
 * A headache day is a day with a headache of 30 minutes or more, or any treated headache (a
 * setting, default on), or a migraine day: a migraine day is always also a headache day, so an
 * attack of aura alone (5-60 min, ICHD-3 1.2) counts on both. ICHD-3 1.3 (chronic migraine) counts
 * migraine days among the headache days ("on at least 15 days a month, of which at least 8 have
 * the features of migraine"), which needs migraine days to be a part of the headache days.
 * <p>
 * Medication overuse (ICHD-3 8.2) is flagged for one class overused on its own (8.2.1-8.2.5) and
 * for several classes taken together on 10 or more days a month without any one overused alone
 * (8.2.6, medication-overuse headache attributed to multiple drug classes). ICHD-3 asks the chronic and overuse patterns to hold "for more than 3
 * months"; with monthly counts Atlas flags them when they hold in {@link #PATTERN_MONTHS}
 * consecutive months (a configurable reading, unverified).
 */
public final class HeadacheDiaryMetrics {

    public static final int PATTERN_MONTHS = 3;
    /** Chronic migraine: 15 or more headache days a month, 8 or more of them migraine days (ICHD-3 1.3). */
    public static final int CHRONIC_HEADACHE_DAYS = 15;
    public static final int CHRONIC_MIGRAINE_DAYS = 8;
    /** Medication overuse (ICHD-3 8.2): simple analgesics on 15+ days, triptans etc. on 10+ days. */
    public static final int OVERUSE_SIMPLE_DAYS = 15;
    public static final int OVERUSE_SPECIFIC_DAYS = 10;
    /** ICHD-3 8.2.6: any combination of the classes on a total of 10 or more days a month. */
    public static final int OVERUSE_MULTIPLE_CLASS_DAYS = 10;

    /**
     * Migraine days and headache days per 28 days as goal measures: a goal halves the baseline
     * month's rate (the 50 % responder of the clinical reference, "Headache diary"; "monthly
     * headache days -50 % by 12 weeks", "Plan of care").
     */
    public static final Measure MIGRAINE_DAYS = Measure.relative("diary.migraineDays", "days/28 d", 0, 28,
            Direction.LOWER_IS_BETTER, 0.5, "50 % responder");
    public static final Measure HEADACHE_DAYS = Measure.relative("diary.headacheDays", "days/28 d", 0, 28,
            Direction.LOWER_IS_BETTER, 0.5, "50 % responder");

    /**
     * One calendar month.
     *
     * @param coveredDays      days of the month the diary was kept
     * @param headacheDays     counted days
     * @param migraineDays     counted days
     * @param medicationDays   days with any acute medication
     * @param perTwentyEight   the three counts normalised to 28 days: headache, migraine, medication
     * @param responder        migraine days (normalised) at most half the baseline month's; null
     *                         for the baseline month itself or without a baseline
     * @param chronicMigraine  the chronic migraine pattern holds in this and the preceding months
     * @param medicationOveruse the medication-overuse pattern holds in this and the preceding months
     */
    public record Month(YearMonth month, int coveredDays, int headacheDays, int migraineDays, int medicationDays,
            double headacheDaysPer28, double migraineDaysPer28, double medicationDaysPer28, Boolean responder,
            boolean chronicMigraine, boolean medicationOveruse) {
    }

    private HeadacheDiaryMetrics() {
    }

    /**
     * @param from            first day the diary was kept
     * @param to              last day the diary was kept
     * @param baseline        the baseline month for the responder status, or null
     * @param treatedCounts   whether any treated headache makes a headache day
     */
    public static List<Month> monthly(List<HeadacheEpisode> episodes, LocalDate from, LocalDate to,
            YearMonth baseline, boolean treatedCounts) {
        if (episodes == null || from == null || to == null) {
            throw new IllegalArgumentException(MeasureWording.of("diary.problem.missing",
                    episodes == null ? "episodes" : from == null ? "from" : "to"));
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(MeasureWording.of("diary.problem.window", from, to));
        }
        Map<YearMonth, List<HeadacheEpisode>> byMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month, new ArrayList<>());
        }
        for (HeadacheEpisode episode : episodes) {
            if (!episode.day().isBefore(from) && !episode.day().isAfter(to)) {
                byMonth.get(YearMonth.from(episode.day())).add(episode);
            }
        }
        List<Month> months = new ArrayList<>();
        Double baselineMigraine = null;
        int chronicRun = 0;
        int overuseRun = 0;
        for (Map.Entry<YearMonth, List<HeadacheEpisode>> entry : byMonth.entrySet()) {
            YearMonth month = entry.getKey();
            List<HeadacheEpisode> list = entry.getValue();
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            int covered = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
            int headache = days(list, e -> e.lastedHalfAnHour() || (treatedCounts && e.treated()) || e.isMigraine());
            int migraine = days(list, HeadacheEpisode::isMigraine);
            int medication = days(list, HeadacheEpisode::treated);
            int simple = days(list, e -> e.medication() == AcuteMedication.SIMPLE_ANALGESIC);
            int specific = days(list, e -> e.medication() != null && e.medication().overusedFromTenDays());
            int combined = days(list, e -> e.medication() != null && e.medication().countsTowardsMultipleClassOveruse());
            long classes = list.stream().filter(e -> e.medication() != null
                    && e.medication().countsTowardsMultipleClassOveruse()).map(HeadacheEpisode::medication).distinct().count();
            double factor = 28.0 / covered;
            // ICHD-3 counts days per month: a whole month is judged on its counts, a partly covered
            // month on its rate per 28 days
            double judged = covered == month.lengthOfMonth() ? 1.0 : factor;
            boolean chronicThisMonth = headache * judged >= CHRONIC_HEADACHE_DAYS
                    && migraine * judged >= CHRONIC_MIGRAINE_DAYS;
            boolean overuseThisMonth = simple * judged >= OVERUSE_SIMPLE_DAYS
                    || specific * judged >= OVERUSE_SPECIFIC_DAYS
                    || (classes >= 2 && combined * judged >= OVERUSE_MULTIPLE_CLASS_DAYS);
            chronicRun = chronicThisMonth ? chronicRun + 1 : 0;
            overuseRun = overuseThisMonth ? overuseRun + 1 : 0;
            Boolean responder = null;
            if (month.equals(baseline)) {
                baselineMigraine = migraine * factor;
            } else if (baselineMigraine != null && baselineMigraine > 0) {
                responder = migraine * factor <= baselineMigraine / 2;
            }
            months.add(new Month(month, covered, headache, migraine, medication, headache * factor,
                    migraine * factor, medication * factor, responder, chronicRun >= PATTERN_MONTHS,
                    overuseRun >= PATTERN_MONTHS));
        }
        return months;
    }

    /** The number of distinct days on which an episode matches. */
    private static int days(List<HeadacheEpisode> episodes, Predicate<HeadacheEpisode> counts) {
        Set<LocalDate> days = new HashSet<>();
        for (HeadacheEpisode episode : episodes) {
            if (counts.test(episode)) {
                days.add(episode.day());
            }
        }
        return days.size();
    }
}
