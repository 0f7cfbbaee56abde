package atlas.measures;

/**
 * Craniocervical flexion test (Jull 2008): the pressure stage the patient holds for 10 s with the
 * deep neck flexors (22, 24, 26, 28 or 30 mmHg; 20 = the baseline, no stage held) and the number
 * of 10-second holds at it (0-10). Activation score = the highest stage held; performance index =
 * (stage - 20) x holds, 0-100. The score is the performance index; no MCID is established (plans
 * set targets such as 26 mmHg x 10 holds).
 */
public final class CraniocervicalFlexionTest {

    static final int[] STAGES = { 20, 22, 24, 26, 28, 30 };
    public static final Measure MEASURE = new Measure("ccft", "index", 0, 100, Direction.HIGHER_IS_BETTER, null,
            "no MCID established");

    private CraniocervicalFlexionTest() {
    }

    public static ScoreResult score(Integer stageHeld, Integer holds) {
        Answers answers = new Answers(MEASURE.code());
        Integer stage = answers.oneOf("ccft.stage", stageHeld, STAGES);
        Integer held = answers.inRange("ccft.holds", holds, 0, 10);
        answers.requireAll("ccft.stage", "ccft.holds");
        if (!answers.ok()) {
            return answers.refused();
        }
        return answers.score((stage - 20) * held, null, Answers.parts("activation", stage, "holds", held));
    }
}
