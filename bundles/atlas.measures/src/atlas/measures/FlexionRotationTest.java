package atlas.measures;

/**
 * Flexion-rotation test of C1-C2: rotation in full cervical flexion, degrees to each side. Normal
 * about 44 degrees each way; positive when a side reaches 32 degrees or less, or the sides differ
 * by 10 degrees or more (Ogince 2007; Hall 2008: sensitivity 90 %, specificity 88 %). The score is
 * the more restricted side; a change of 7 degrees exceeds measurement error (MDC).
 */
public final class FlexionRotationTest {

    public static final int POSITIVE_AT_OR_BELOW = 32;
    public static final int POSITIVE_SIDE_DIFFERENCE = 10;
    public static final Measure MEASURE = new Measure("frt", "degrees", 0, 90, Direction.HIGHER_IS_BETTER, 7.0,
            "MDC, Hall 2008");

    private FlexionRotationTest() {
    }

    public static ScoreResult score(Integer leftDegrees, Integer rightDegrees) {
        Answers answers = new Answers(MEASURE.code());
        Integer left = answers.inRange("frt.left", leftDegrees, 0, 90);
        Integer right = answers.inRange("frt.right", rightDegrees, 0, 90);
        answers.requireAll("frt.left", "frt.right");
        if (!answers.ok()) {
            return answers.refused();
        }
        int restricted = Math.min(left, right);
        int difference = Math.abs(left - right);
        boolean positive = restricted <= POSITIVE_AT_OR_BELOW || difference >= POSITIVE_SIDE_DIFFERENCE;
        Band band = positive ? new Band("frt.positive", 1) : new Band("frt.negative", 0);
        return answers.score(restricted, band, Answers.parts("left", left, "right", right, "difference", difference));
    }
}
