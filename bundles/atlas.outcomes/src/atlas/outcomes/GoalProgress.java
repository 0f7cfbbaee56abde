package atlas.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import atlas.core.plan.Goal;
import atlas.measures.GoalStatus;
import atlas.measures.Goals;
import atlas.measures.Measure;
import atlas.measures.Measures;

/** A plan goal's status from the patient's results, as the plan editor, the banner and reports show it. */
public final class GoalProgress {

    private GoalProgress() {
    }

    /**
     * The status on {@code today}; empty for a goal on an unknown measure or without target or due
     * date. Without a baseline the first result counts as the baseline.
     */
    public static Optional<GoalStatus> status(Goal goal, PatientOutcomes outcomes, LocalDate today) {
        Optional<Measure> measure = Measures.byCode(goal.getMeasureCode());
        if (measure.isEmpty() || goal.getTarget() == null || goal.getDueDate() == null) {
            return Optional.empty();
        }
        List<Goals.Result> results = outcomes.results(goal.getMeasureCode(), goal.getDescription(), today);
        double baseline = baseline(goal, results).orElse(goal.getTarget());
        return Optional.of(Goals.status(measure.get().direction(), baseline, goal.getTarget(), goal.getDueDate(),
                results, today));
    }

    /**
     * The baseline the goal is judged from: the one set on the goal, else the first result of its
     * measure (for diary goals, of the months up to {@code today}); empty when neither exists. The plan, the banner and the reports
     * show this one, so a goal set without a baseline does not print an empty column.
     */
    public static Optional<Double> baseline(Goal goal, PatientOutcomes outcomes, LocalDate today) {
        return baseline(goal, outcomes.results(goal.getMeasureCode(), goal.getDescription(), today));
    }

    private static Optional<Double> baseline(Goal goal, List<Goals.Result> results) {
        return goal.getBaseline() != null ? Optional.of(goal.getBaseline())
                : results.isEmpty() ? Optional.empty() : Optional.of(results.get(0).value());
    }
}
