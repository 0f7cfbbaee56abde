package atlas.measures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jaw Functional Limitation Scale (Ohrbach 2008; DC/TMD, INfORM network), items 0 (no limitation)
 * to 10. JFLS-20: mastication = mean of items 1-6 (at most 2 missing), mobility = items 7-10 (at
 * most 1 missing), communication = items 13-20 (at most 2 missing); items 11 and 12 count only in
 * the global score, the mean of all answered items (at most 2 missing). JFLS-8: the mean of its 8
 * items (at most 2 missing). No bands and no MCID; reference global means: no TMD 0.16, chronic
 * TMD 1.74.
 */
public final class JawFunctionalLimitationScale {

    public static final Measure JFLS20 = new Measure("jfls20", "points", 0, 10, Direction.LOWER_IS_BETTER, null,
            "no MCID established");
    public static final Measure JFLS8 = new Measure("jfls8", "points", 0, 10, Direction.LOWER_IS_BETTER, null,
            "no MCID established");

    private JawFunctionalLimitationScale() {
    }

    /** @param items the 20 answers in item order, null for unanswered */
    public static ScoreResult score20(Integer[] items) {
        Answers answers = new Answers(JFLS20.code());
        if (!answers.hasLength(items, 20)) {
            return answers.refused();
        }
        Integer[] checked = check(answers, "jfls20", items);
        answers.allowMissing(answers.missing().size(), 20, 2);
        if (!answers.ok()) {
            return answers.refused();
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        subscale(parts, "mastication", checked, 1, 6, 2);
        subscale(parts, "mobility", checked, 7, 10, 1);
        subscale(parts, "communication", checked, 13, 20, 2);
        return answers.score(mean(checked, 1, 20), null, parts);
    }

    /** @param items the 8 answers in item order, null for unanswered */
    public static ScoreResult score8(Integer[] items) {
        Answers answers = new Answers(JFLS8.code());
        if (!answers.hasLength(items, 8)) {
            return answers.refused();
        }
        Integer[] checked = check(answers, "jfls8", items);
        answers.allowMissing(answers.missing().size(), 8, 2);
        return answers.ok() ? answers.score(mean(checked, 1, 8), null, Map.of()) : answers.refused();
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
        int missing = 0;
        for (int item = first; item <= last; item++) {
            missing += items[item - 1] == null ? 1 : 0;
        }
        if (missing <= maxMissing) {
            parts.put(name, mean(items, first, last));
        }
    }

    private static double mean(Integer[] items, int first, int last) {
        double sum = 0;
        int answered = 0;
        for (int item = first; item <= last; item++) {
            if (items[item - 1] != null) {
                sum += items[item - 1];
                answered++;
            }
        }
        return sum / answered;
    }
}
