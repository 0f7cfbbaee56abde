package atlas.measures;

/**
 * Numeric Pain Rating Scale: 0 no pain ... 10 worst imaginable (LOINC 72514-3). Important change
 * 2.5 points, the MCID in cervicogenic headache (Young 2019, Cephalalgia 39:44; MDC 2.4); in general
 * pain about 2 points or 30 % (Farrar 2001), in mechanical neck pain 1.3 (Cleland 2008).
 */
public final class NumericPainRatingScale {

    public static final Measure MEASURE = new Measure("nprs", "points", 0, 10, Direction.LOWER_IS_BETTER, 2.5,
            "Young 2019, Cephalalgia 39:44 (cervicogenic headache)");

    private NumericPainRatingScale() {
    }

    public static ScoreResult score(Integer rating) {
        Answers answers = new Answers(MEASURE.code());
        Integer value = answers.inRange("nprs", rating, 0, 10);
        answers.requireAll("nprs");
        return answers.ok() ? answers.score(value, null, Answers.parts()) : answers.refused();
    }
}
