package atlas.measures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jaw Functional Limitation Scale (Ohrbach, Larsson and List 2008, J Orofac Pain 22:219), items 0
 * (no limitation) to 10, scored as the DC/TMD Scoring Manual for Self-Report Instruments (Ohrbach
 * and Knibbe, version 6 June 2016, "JFLS") says:
 * <ul>
 * <li>Global score: the mean of the available items of the short form - all 8 items of the
 * JFLS-8, or items 1, 3, 6, 10, 11, 12, 13 and 19 of the JFLS-20 - with at most 2 of them
 * missing. (The clinical reference said "the mean of all answered items of the 20"; the manual
 * does not define that score - see docs/clinical-sources.md.)</li>
 * <li>Subscales of the JFLS-20, each the mean of its available items and each judged by its own
 * limit: mastication items 1-6 (at most 2 missing), mobility 7-10 (at most 1), verbal and
 * non-verbal communication 13-20 (at most 2). Items 11 and 12 belong to no subscale.</li>
 * <li>A second global score of the JFLS-20: the mean of the three subscale scores, only when all
 * three can be scored (part "subscaleMean").</li>
 * </ul>
 * So a form with gaps spread over the subscales still reports every subscale that holds. When the
 * short-form items have more than 2 gaps, the score is the subscale mean if all three subscales
 * hold; with neither global score the form is not scorable. No bands, no MCID; reference global
 * means: no TMD 0.16, chronic TMD 1.74 (manual, "Interpretation").
 */
public final class JawFunctionalLimitationScale {

    public static final Measure JFLS20 = new Measure("jfls20", "points", 0, 10, Direction.LOWER_IS_BETTER, null,
            "no MCID established");
    public static final Measure JFLS8 = new Measure("jfls8", "points", 0, 10, Direction.LOWER_IS_BETTER, null,
            "no MCID established");

    /** The JFLS-20 items that make up the short form's global score (manual, "Scoring"). */
    static final int[] SHORT_FORM_ITEMS = { 1, 3, 6, 10, 11, 12, 13, 19 };
    private static final int GLOBAL_MAX_MISSING = 2;

    private JawFunctionalLimitationScale() {
    }

    /** @param items the 20 answers in item order, null for unanswered */
    public static ScoreResult score20(Integer[] items) {
        Answers answers = new Answers(JFLS20.code());
        if (!answers.hasLength(items, 20)) {
            return answers.refused();
        }
        Integer[] checked = check(answers, "jfls20", items);
        if (!answers.ok()) {
            return answers.refused();
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        subscale(parts, "mastication", checked, 1, 6, 2);
        subscale(parts, "mobility", checked, 7, 10, 1);
        subscale(parts, "communication", checked, 13, 20, 2);
        if (parts.size() == 3) {
            parts.put("subscaleMean", (parts.get("mastication") + parts.get("mobility") + parts.get("communication")) / 3);
        }
        Double global = mean(checked, SHORT_FORM_ITEMS, GLOBAL_MAX_MISSING);
        if (global == null) {
            global = parts.get("subscaleMean");
        }
        if (global == null) {
            answers.problem(JFLS20.code(), "problem.jfls20Global", missingOf(checked, SHORT_FORM_ITEMS));
            return answers.refused();
        }
        return answers.score(global, null, parts);
    }

    /** @param items the 8 answers in item order, null for unanswered */
    public static ScoreResult score8(Integer[] items) {
        Answers answers = new Answers(JFLS8.code());
        if (!answers.hasLength(items, 8)) {
            return answers.refused();
        }
        Integer[] checked = check(answers, "jfls8", items);
        answers.allowMissing(answers.missing().size(), 8, GLOBAL_MAX_MISSING);
        return answers.ok() ? answers.score(mean(checked, new int[] { 1, 2, 3, 4, 5, 6, 7, 8 }, GLOBAL_MAX_MISSING),
                null, Map.of()) : answers.refused();
    }

    private static Integer[] check(Answers answers, String code, Integer[] items) {
        Integer[] checked = new Integer[items.length];
        for (int i = 0; i < items.length; i++) {
            checked[i] = answers.inRange(Answers.item(code, i + 1), items[i], 0, 10);
        }
        return checked;
    }

    /** Adds the subscale when no more than {@code maxMissing} of its items are unanswered. */
    private static void subscale(Map<String, Double> parts, String name, Integer[] items, int first, int last,
            int maxMissing) {
        int[] numbers = java.util.stream.IntStream.rangeClosed(first, last).toArray();
        Double mean = mean(items, numbers, maxMissing);
        if (mean != null) {
            parts.put(name, mean);
        }
    }

    /** The mean of the answered items among {@code numbers}; null when more than {@code maxMissing} are not. */
    private static Double mean(Integer[] items, int[] numbers, int maxMissing) {
        double sum = 0;
        int answered = 0;
        for (int number : numbers) {
            if (items[number - 1] != null) {
                sum += items[number - 1];
                answered++;
            }
        }
        return numbers.length - answered > maxMissing ? null : sum / answered;
    }

    private static long missingOf(Integer[] items, int[] numbers) {
        return java.util.Arrays.stream(numbers).filter(number -> items[number - 1] == null).count();
    }
}
