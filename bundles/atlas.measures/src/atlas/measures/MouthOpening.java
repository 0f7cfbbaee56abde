package atlas.measures;

/**
 * Mouth opening in millimetres: pain-free, maximum unassisted and maximum assisted. Normal 40-60
 * mm (mean about 49; men 51, women 44); limited when the assisted opening is under 40 mm (DC/TMD,
 * Schiffman 2014). The score is the assisted opening; a change smaller than 6-9 mm is within
 * measurement error, so 9 mm is taken as the change that counts.
 */
public final class MouthOpening {

    public static final int LIMITED_BELOW = 40;
    public static final Measure MEASURE = new Measure("mouthOpening", "mm", 0, 90, Direction.HIGHER_IS_BETTER, 9.0,
            "measurement error 6-9 mm (clinical reference, Examination)");

    private MouthOpening() {
    }

    /** @param painFree may be null (not measured); the two maxima are required */
    public static ScoreResult score(Integer painFree, Integer maximumUnassisted, Integer maximumAssisted) {
        Answers answers = new Answers(MEASURE.code());
        Integer free = answers.inRange("mouthOpening.painFree", painFree, 0, 90);
        Integer unassisted = answers.inRange("mouthOpening.unassisted", maximumUnassisted, 0, 90);
        Integer assisted = answers.inRange("mouthOpening.assisted", maximumAssisted, 0, 90);
        answers.requireAll("mouthOpening.unassisted", "mouthOpening.assisted");
        if (free != null && unassisted != null && free > unassisted) {
            answers.problem("mouthOpening.painFree", "problem.notAbove", free, unassisted);
        }
        if (unassisted != null && assisted != null && unassisted > assisted) {
            answers.problem("mouthOpening.unassisted", "problem.notAbove", unassisted, assisted);
        }
        if (!answers.ok()) {
            return answers.refused();
        }
        Band band = assisted < LIMITED_BELOW ? new Band("mouthOpening.limited", 1) : new Band("mouthOpening.normal", 0);
        return answers.score(assisted, band, Answers.parts("painFree", free, "unassisted", unassisted));
    }
}
