package atlas.measures;

/**
 * Neck Disability Index (Vernon & Mior 1991, JMPT 14:409): 10 sections scored 0-5, raw score
 * 0-50, percent = raw x 2. Only section titles may be shown without the author's permission.
 * <p>
 * Missing sections are prorated: percent = sum / (5 x answered) x 100, so the raw score becomes
 * fractional (one missing, sum 16: 35.6 %, raw 17.8). More than {@link #DEFAULT_MAX_MISSING}
 * missing sections make the form not scorable (a configurable cap, unverified in the literature).
 * Bands on the raw score: under 5 none, 5 to under 15 mild, 15 to under 25 moderate, 25 to under
 * 35 severe, 35 and more complete. Important change 5.5 raw points, the MCID in cervicogenic
 * headache (Young 2019, Cephalalgia 39:44; MDC 5.9); 19 percentage points in mechanical neck pain
 * (Cleland 2008).
 */
public final class NeckDisabilityIndex {

    public static final int SECTIONS = 10;
    public static final int DEFAULT_MAX_MISSING = 2;
    public static final Measure MEASURE = new Measure("ndi", "points", 0, 50, Direction.LOWER_IS_BETTER, 5.5,
            "Young 2019, Cephalalgia 39:44 (cervicogenic headache)");

    private NeckDisabilityIndex() {
    }

    /** @param sections ten answers 0-5 in section order, null for an unanswered section */
    public static ScoreResult score(Integer[] sections) {
        return score(sections, DEFAULT_MAX_MISSING);
    }

    /** @param maxMissing the clinic's setting: how many sections may be unanswered, 0 to 9 */
    public static ScoreResult score(Integer[] sections, int maxMissing) {
        Settings.require("ndi.maxMissing", maxMissing, 0, SECTIONS - 1);
        Answers answers = new Answers(MEASURE.code());
        if (!answers.hasLength(sections, SECTIONS)) {
            return answers.refused();
        }
        int sum = 0;
        int answered = 0;
        for (int i = 0; i < SECTIONS; i++) {
            Integer value = answers.inRange(Answers.item("ndi", i + 1), sections[i], 0, 5);
            if (value != null) {
                sum += value;
                answered++;
            }
        }
        answers.allowMissing(answers.missing().size(), SECTIONS, maxMissing);
        if (!answers.ok()) {
            return answers.refused();
        }
        double percent = sum * 100.0 / (5.0 * answered);
        double raw = percent / 2;
        return answers.score(raw, band(raw), Answers.parts("percent", percent));
    }

    static Band band(double raw) {
        if (raw < 5) {
            return new Band("ndi.none", 0);
        }
        if (raw < 15) {
            return new Band("ndi.mild", 1);
        }
        if (raw < 25) {
            return new Band("ndi.moderate", 2);
        }
        if (raw < 35) {
            return new Band("ndi.severe", 3);
        }
        return new Band("ndi.complete", 4);
    }
}
