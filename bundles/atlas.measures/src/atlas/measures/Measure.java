package atlas.measures;

import java.util.Optional;

/**
 * What a measure is: its code (as stored with observations), unit, range, which way is better, and
 * the smallest change that counts (MCID, or the MDC where no MCID is known), with its source.
 * Diary rates count a relative change instead: half the baseline month's days (clinical reference,
 * "Headache diary", 50 % responder).
 *
 * @param importantChange   null when the literature gives none (or the change is relative)
 * @param importantFraction the change that counts as a fraction of the baseline, or null; with
 *                          neither, no verdict is given
 */
public record Measure(String code, String unit, double min, double max, Direction direction,
        Double importantChange, String importantChangeSource, Double importantFraction) {

    /** A measure with an absolute important change (or none). */
    public Measure(String code, String unit, double min, double max, Direction direction, Double importantChange,
            String importantChangeSource) {
        this(code, unit, min, max, direction, importantChange, importantChangeSource, null);
    }

    /** A measure whose important change is {@code fraction} of the baseline, e.g. 0.5 for -50 %. */
    public static Measure relative(String code, String unit, double min, double max, Direction direction,
            double fraction, String source) {
        return new Measure(code, unit, min, max, direction, null, source, fraction);
    }

    /**
     * {@code value} if it is a score this measure can have; else an IllegalArgumentException that
     * names the role ("baseline", "target" ...), the measure and its range. NaN, an infinity or a
     * score outside the instrument's range would give a verdict or a goal that means nothing.
     */
    public double checked(String role, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < min - 1e-9 || value > max + 1e-9) {
            throw new IllegalArgumentException(MeasureWording.of("problem.scoreOutOfRange", MeasureWording.of(
                    "role." + role), code, Double.isNaN(value) ? "NaN" : Double.toString(value), number(min),
                    number(max)));
        }
        return value;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The change that counts from {@code baseline}, in the measure's unit; empty when none is known. */
    public Optional<Double> importantChangeFrom(double baseline) {
        checked("baseline", baseline);
        if (importantChange != null) {
            return Optional.of(importantChange);
        }
        return importantFraction == null ? Optional.empty() : Optional.of(Math.abs(baseline) * importantFraction);
    }

    /**
     * Judges the change from {@code baseline} to {@code latest}: a change at least as large as
     * the important change in the better direction is "improved", in the worse direction "worse",
     * anything smaller "no important change". Empty when the measure has no important change.
     */
    public Optional<Change> change(double baseline, double latest) {
        checked("latest", latest);
        Optional<Double> threshold = importantChangeFrom(baseline);
        if (threshold.isEmpty() || threshold.get() <= 0) {
            return Optional.empty();
        }
        double difference = latest - baseline;
        double better = direction == Direction.LOWER_IS_BETTER ? -difference : difference;
        // a rounding hair below the threshold (5.4999999 for 5.5) still counts as reaching it
        double tolerance = 1e-9;
        Verdict verdict = better >= threshold.get() - tolerance ? Verdict.IMPROVED
                : -better >= threshold.get() - tolerance ? Verdict.WORSE : Verdict.NO_IMPORTANT_CHANGE;
        return Optional.of(new Change(baseline, latest, difference, verdict, threshold.get()));
    }

    /** Convenience for two scores of this measure. */
    public Optional<Change> change(Score baseline, Score latest) {
        return change(baseline.value(), latest.value());
    }
}
