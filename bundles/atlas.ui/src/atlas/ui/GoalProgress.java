package atlas.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import atlas.core.form.Observation;
import atlas.core.plan.Goal;
import atlas.measures.GoalStatus;
import atlas.measures.Goals;
import atlas.measures.Measure;
import atlas.measures.Measures;

/** A plan goal's status from the patient's observations, as the plan editor and the banner show it. */
public final class GoalProgress {

    private GoalProgress() {
    }

    /**
     * The status on {@code today}; empty for a goal on an unknown measure or without target or due
     * date. Observations of other measures are ignored; without a baseline the first result counts.
     */
    public static Optional<GoalStatus> status(Goal goal, List<Observation> observations, LocalDate today) {
        Optional<Measure> measure = Measures.byCode(goal.getMeasureCode());
        if (measure.isEmpty() || goal.getTarget() == null || goal.getDueDate() == null) {
            return Optional.empty();
        }
        List<Goals.Result> results = observations.stream()
                .filter(observation -> observation.getMeasureCode().equals(goal.getMeasureCode())
                        && observation.getObservedAt() != null)
                .map(observation -> new Goals.Result(observation.getObservedAt().toLocalDate(), observation.getValue()))
                .toList();
        double baseline = goal.getBaseline() != null ? goal.getBaseline()
                : results.isEmpty() ? goal.getTarget() : results.get(0).value();
        return Optional.of(Goals.status(measure.get().direction(), baseline, goal.getTarget(), goal.getDueDate(),
                results, today));
    }
}
