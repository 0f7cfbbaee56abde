package atlas.measures;

import java.util.Optional;

/**
 * What a measure is: its code (as stored with observations), unit, range, which way is better, and
 * the smallest change that counts (MCID, or the MDC where no MCID is known), with its source.
 *
 * @param importantChange null when the literature gives none: then no verdict is given
 */
public record Measure(String code, String unit, double min, double max, Direction direction,
        Double importantChange, String importantChangeSource) {

    /**
     * Judges the change from {@code baseline} to {@code latest}: a change at least as large as
     * the important change in the better direction is "improved", in the worse direction "worse",
     * anything smaller "no important change". Empty when the measure has no important change.
     */
    public Optional<Change> change(double baseline, double latest) {
        if (importantChange == null) {
            return Optional.empty();
        }
        double difference = latest - baseline;
        double better = direction == Direction.LOWER_IS_BETTER ? -difference : difference;
        // a rounding hair below the threshold (5.4999999 for 5.5) still counts as reaching it
        double tolerance = 1e-9;
        Verdict verdict = better >= importantChange - tolerance ? Verdict.IMPROVED
                : -better >= importantChange - tolerance ? Verdict.WORSE : Verdict.NO_IMPORTANT_CHANGE;
        return Optional.of(new Change(baseline, latest, difference, verdict, importantChange));
    }

    /** Convenience for two scores of this measure. */
    public Optional<Change> change(Score baseline, Score latest) {
        return change(baseline.value(), latest.value());
    }
}
