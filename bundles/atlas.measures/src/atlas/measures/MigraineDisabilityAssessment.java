package atlas.measures;

/**
 * MIDAS (Stewart 2001): five questions counting days lost or halved in the last 3 months (work or
 * school missed; work productivity halved, not counting the days of question 1; household work
 * missed; household productivity halved, not counting the days of question 3; family, social or
 * leisure missed). Score = sum of the five; each 0-90 days, and questions 1 and 2 (3 and 4)
 * together at most 90, since they count different days of the same 3 months. Grades: I 0-5, II 6-10, III 11-20,
 * IV 21 or more. Unscored: A = headache days in 3 months (0-90), B = average pain 0-10. No MCID
 * is established, so no verdict is given; there is no valid LOINC code (69733-4 is a GAD-7 item).
 */
public final class MigraineDisabilityAssessment {

    public static final int QUESTIONS = 5;
    public static final Measure MEASURE = new Measure("midas", "days", 0, 450, Direction.LOWER_IS_BETTER, null,
            "no MCID established");

    private MigraineDisabilityAssessment() {
    }

    /**
     * @param days            the five day counts, in question order
     * @param headacheDays    A, or null
     * @param averagePain     B, or null
     */
    public static ScoreResult score(Integer[] days, Integer headacheDays, Integer averagePain) {
        Answers answers = new Answers(MEASURE.code());
        if (!answers.hasLength(days, QUESTIONS)) {
            return answers.refused();
        }
        int total = 0;
        String[] items = new String[QUESTIONS];
        Integer[] checked = new Integer[QUESTIONS];
        for (int i = 0; i < QUESTIONS; i++) {
            items[i] = Answers.item("midas", i + 1);
            checked[i] = answers.inRange(items[i], days[i], 0, 90);
            total += checked[i] == null ? 0 : checked[i];
        }
        answers.requireAll(items);
        // the 3-month window holds about 90 days: days halved are counted apart from days missed
        // (questions 2 and 4 do not count the days of 1 and 3), so each pair fits in the window
        withinWindow(answers, checked, 1, 2);
        withinWindow(answers, checked, 3, 4);
        Integer a = answers.inRange("midas.A", headacheDays, 0, 90);
        Integer b = answers.inRange("midas.B", averagePain, 0, 10);
        return answers.ok() ? answers.score(total, grade(total), Answers.parts("A", a, "B", b)) : answers.refused();
    }

    private static void withinWindow(Answers answers, Integer[] days, int missed, int halved) {
        Integer first = days[missed - 1];
        Integer second = days[halved - 1];
        if (first != null && second != null && first + second > 90) {
            answers.problem(Answers.item("midas", halved), "problem.midasWindow", missed, first, halved, second);
        }
    }

    static Band grade(int total) {
        if (total <= 5) {
            return new Band("midas.I", 0);
        }
        if (total <= 10) {
            return new Band("midas.II", 1);
        }
        if (total <= 20) {
            return new Band("midas.III", 2);
        }
        return new Band("midas.IV", 3);
    }
}
