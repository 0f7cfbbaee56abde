package atlas.measures;

/**
 * Fonseca Anamnestic Index (Fonseca 1994): 10 questions answered yes (10), sometimes (5) or no
 * (0); total 0-100, all questions required. Bands: 0-15 no TMD, 20-40 mild, 45-65 moderate,
 * 70-100 severe. A screening tool: sensitive, not specific. Wording: titles only (licence
 * unknown). No MCID.
 */
public final class FonsecaAnamnesticIndex {

    public static final int QUESTIONS = 10;
    public static final Measure MEASURE = new Measure("fonseca", "points", 0, 100, Direction.LOWER_IS_BETTER, null,
            "no MCID established");

    /** The three answers and their points. */
    public enum Answer {
        NO(0), SOMETIMES(5), YES(10);

        final int points;

        Answer(int points) {
            this.points = points;
        }
    }

    private FonsecaAnamnesticIndex() {
    }

    public static ScoreResult score(Answer[] answered) {
        Answers answers = new Answers(MEASURE.code());
        if (!answers.hasLength(answered, QUESTIONS)) {
            return answers.refused();
        }
        int total = 0;
        for (int i = 0; i < QUESTIONS; i++) {
            if (answered[i] == null) {
                answers.problem(Answers.item("fonseca", i + 1), "problem.required");
            } else {
                total += answered[i].points;
            }
        }
        return answers.ok() ? answers.score(total, band(total), Answers.parts()) : answers.refused();
    }

    static Band band(int total) {
        if (total <= 15) {
            return new Band("fonseca.none", 0);
        }
        if (total <= 40) {
            return new Band("fonseca.mild", 1);
        }
        if (total <= 65) {
            return new Band("fonseca.moderate", 2);
        }
        return new Band("fonseca.severe", 3);
    }
}
