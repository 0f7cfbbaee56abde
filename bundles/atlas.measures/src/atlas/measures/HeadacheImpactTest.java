package atlas.measures;

/**
 * HIT-6 (QualityMetric; Kosinski 2003): 6 items, each answered on 5 levels weighted 6, 8, 10, 11
 * and 13; total 36-78, scorable only when all 6 are answered. Atlas stores the weights only: the
 * item and response wording is licensed and may be added by a clinic holding the licence.
 * Bands: 49 or less little or no impact, 50-55 some, 56-59 substantial, 60 or more severe.
 * Important change: a drop of 6 or more within a person (Smelt 2014, Cephalalgia 34:29; 2.5 to 6
 * is "possible"; 8 in chronic tension-type headache treated with manual therapy, Castien 2012).
 */
public final class HeadacheImpactTest {

    public static final int ITEMS = 6;
    static final int[] WEIGHTS = { 6, 8, 10, 11, 13 };
    public static final Measure MEASURE = new Measure("hit6", "points", 36, 78, Direction.LOWER_IS_BETTER, 6.0,
            "Smelt 2014, Cephalalgia 34:29");

    private HeadacheImpactTest() {
    }

    /** @param levels the weight of each item's answer (6, 8, 10, 11 or 13), in item order */
    public static ScoreResult score(Integer[] levels) {
        Answers answers = new Answers(MEASURE.code());
        if (!answers.hasLength(levels, ITEMS)) {
            return answers.refused();
        }
        int total = 0;
        String[] items = new String[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            items[i] = Answers.item("hit6", i + 1);
            Integer weight = answers.oneOf(items[i], levels[i], WEIGHTS);
            total += weight == null ? 0 : weight;
        }
        answers.requireAll(items);
        return answers.ok() ? answers.score(total, band(total), Answers.parts()) : answers.refused();
    }

    static Band band(int total) {
        if (total <= 49) {
            return new Band("hit6.little", 0);
        }
        if (total <= 55) {
            return new Band("hit6.some", 1);
        }
        if (total <= 59) {
            return new Band("hit6.substantial", 2);
        }
        return new Band("hit6.severe", 3);
    }
}
