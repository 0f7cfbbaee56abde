package atlas.measures;

/**
 * Global Rating of Change: -7 (a very great deal worse) ... 0 ... +7. It is itself a rating of
 * change, so its band is the verdict: "improved" from {@link #DEFAULT_IMPROVED} (commonly +3;
 * studies use +3 to +5, unverified, so a setting), "worse" from the mirror value.
 */
public final class GlobalRatingOfChange {

    public static final int DEFAULT_IMPROVED = 3;
    public static final Measure MEASURE = new Measure("groc", "points", -7, 7, Direction.HIGHER_IS_BETTER, null,
            "a rating of change itself");

    private GlobalRatingOfChange() {
    }

    public static ScoreResult score(Integer rating) {
        return score(rating, DEFAULT_IMPROVED);
    }

    /** @param improvedFrom the clinic's setting: the rating from which a patient counts as improved, 1 to 7 */
    public static ScoreResult score(Integer rating, int improvedFrom) {
        Settings.require("groc.improvedFrom", improvedFrom, 1, 7);
        Answers answers = new Answers(MEASURE.code());
        Integer value = answers.inRange("groc", rating, -7, 7);
        answers.requireAll("groc");
        if (!answers.ok()) {
            return answers.refused();
        }
        Band band = value >= improvedFrom ? new Band("groc.improved", 0)
                : value <= -improvedFrom ? new Band("groc.worse", 2) : new Band("groc.unchanged", 1);
        return answers.score(value, band, Answers.parts());
    }
}
