package atlas.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SMART goals tied to one measure (clinical reference, "Plan of care"): the target proposed at the
 * measure's important change from the baseline, a warning when a target lies within measurement
 * error, and the goal's status from the results.
 */
public final class Goals {

    /** One result of the goal's measure. */
    public record Result(LocalDate day, double value) {
    }

    /** A proposed target and, if the change asked is within measurement error, why it is too small. */
    public record Proposal(double target, Optional<String> warning) {
    }

    private Goals() {
    }

    /**
     * The target at the measure's important change from the baseline, in the better direction and
     * within the measure's range; empty when the measure has no established important change.
     */
    public static Optional<Double> proposeTarget(Measure measure, double baseline) {
        return measure.importantChangeFrom(baseline).filter(change -> change > 0).map(change -> {
            double target = measure.direction() == Direction.LOWER_IS_BETTER ? baseline - change : baseline + change;
            return Math.max(measure.min(), Math.min(measure.max(), target));
        });
    }

    /**
     * Checks a target the therapist typed: a warning when the change it asks for is smaller than
     * the measure's important change (MCID or MDC), i.e. it could be reached by measurement error.
     */
    public static Optional<String> warning(Measure measure, double baseline, double target) {
        measure.checked("target", target);
        Optional<Double> needed = measure.importantChangeFrom(baseline);
        if (needed.isEmpty()) {
            return Optional.empty();
        }
        double better = measure.direction() == Direction.LOWER_IS_BETTER ? baseline - target : target - baseline;
        if (better <= 0) {
            return Optional.of(MeasureWording.of("goal.notBetter"));
        }
        if (better < needed.get() - 1e-9) {
            return Optional.of(MeasureWording.of("goal.withinError", format(better), format(needed.get()),
                    measure.importantChangeSource()));
        }
        return Optional.empty();
    }

    /**
     * The status on {@code today} of a goal from {@code baseline} to {@code target} due on
     * {@code due}, from the results in time order (those before the plan may be included; only
     * the latest counts).
     */
    public static GoalStatus status(Direction direction, double baseline, double target, LocalDate due,
            List<Result> results, LocalDate today) {
        finite("baseline", baseline);
        finite("target", target);
        results.forEach(result -> finite("latest", result.value()));
        Result latest = results.isEmpty() ? null : results.get(results.size() - 1);
        boolean reached = latest != null && (direction == Direction.LOWER_IS_BETTER ? latest.value() <= target
                : latest.value() >= target);
        if (reached) {
            return GoalStatus.MET;
        }
        if (today.isAfter(due)) {
            boolean measuredSinceDue = latest != null && !latest.day().isBefore(due);
            return measuredSinceDue ? GoalStatus.NOT_MET : GoalStatus.OVERDUE;
        }
        boolean better = latest != null && (direction == Direction.LOWER_IS_BETTER ? latest.value() < baseline
                : latest.value() > baseline);
        // before its due date a goal cannot have failed: it is progressing or simply not due yet
        return better ? GoalStatus.PROGRESSING : GoalStatus.NOT_DUE_YET;
    }

    /** Goal statuses are judged without the measure at hand: at least no NaN or infinity. */
    private static void finite(String role, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(MeasureWording.of("problem.notANumber", MeasureWording.of("role." + role),
                    Double.toString(value)));
        }
    }

    private static String format(double value) {
        double tenths = Math.round(value * 10) / 10.0;
        return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : Double.toString(tenths);
    }
}
