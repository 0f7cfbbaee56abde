package atlas.measures;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Patient-Specific Functional Scale: 3 to 5 activities named by the patient, each rated 0 (unable)
 * to 10 (as before the problem). Score = mean. The activity names are kept so that follow-ups
 * re-rate the same activities. Important change 2.0 points on the mean (neck MCID, Cleland 2006;
 * MDC 2 on the mean, 3 on a single activity).
 */
public final class PatientSpecificFunctionalScale {

    public static final int MIN_ACTIVITIES = 3;
    public static final int MAX_ACTIVITIES = 5;
    public static final int NAME_MAX = 100;
    /** Change of one activity's rating that exceeds measurement error (MDC, Cleland 2006). */
    public static final double SINGLE_ACTIVITY_MDC = 3.0;
    public static final Measure MEASURE = new Measure("psfs", "points", 0, 10, Direction.HIGHER_IS_BETTER, 2.0,
            "Cleland 2006 (neck pain)");

    /**
     * One named activity followed on its own, e.g. a goal "reading for 30 minutes +3": its
     * important change is the single-activity MDC (Cleland 2006), so a +2 goal on one activity is
     * flagged as within measurement error although +2 counts on the mean.
     */
    public static final Measure ACTIVITY = new Measure("psfs.activity", "points", 0, 10, Direction.HIGHER_IS_BETTER,
            SINGLE_ACTIVITY_MDC, "Cleland 2006, MDC of a single activity");

    /**
     * The built-in PSFS form and how its answers name the activities: "psfs.2.name" is the second
     * activity's name, "psfs.2" its rating. The form, the outcomes (goals on one activity) and the
     * demo data all read and write them through these, so the convention lives here only.
     */
    public static final String FORM_ID = "atlas.psfs";

    public static String nameItem(int activity) {
        return "psfs." + activity + ".name";
    }

    public static String ratingItem(int activity) {
        return "psfs." + activity;
    }

    /** One activity and how well the patient can do it now. */
    public record Activity(String name, Integer rating) {
    }

    private PatientSpecificFunctionalScale() {
    }

    /** The score's parts are the ratings by activity name, in the order given. */
    public static ScoreResult score(List<Activity> activities) {
        Answers answers = new Answers(MEASURE.code());
        if (activities == null || activities.size() < MIN_ACTIVITIES || activities.size() > MAX_ACTIVITIES) {
            answers.problem("psfs", "problem.activities", activities == null ? 0 : activities.size(), MIN_ACTIVITIES,
                    MAX_ACTIVITIES);
            return answers.refused();
        }
        Map<String, Double> ratings = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            String item = Answers.item("psfs", i + 1);
            String name = activity.name() == null ? "" : activity.name().strip();
            if (name.isEmpty() || name.length() > NAME_MAX) {
                answers.problem(item, "problem.activityName", NAME_MAX);
            } else if (!named.add(name)) {
                answers.problem(item, "problem.activityTwice", name);
            }
            Integer rating = answers.inRange(item, activity.rating(), 0, 10);
            answers.requireAll(item);
            if (rating != null) {
                sum += rating;
                ratings.put(name, rating.doubleValue());
            }
        }
        return answers.ok() ? answers.score(sum / activities.size(), null, ratings) : answers.refused();
    }
}
