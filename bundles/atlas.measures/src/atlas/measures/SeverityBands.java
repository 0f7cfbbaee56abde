package atlas.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The severity bands of a measure as value ranges, for shading a chart. The ranges are read from
 * the scorers' own band rules (sampled across the measure's range), so a chart can never show a
 * band boundary other than the one the score was given: NDI (Vernon &amp; Mior 1991), HIT-6
 * (Kosinski 2003), MIDAS grades, Fonseca index (clinical reference, "Instruments").
 */
public final class SeverityBands {

    /** Values from {@code from} (inclusive) up to {@code to} fall in {@code band}. */
    public record Range(double from, double to, Band band) {
    }

    private SeverityBands() {
    }

    /**
     * The bands of the measure with {@code code}, best first; a clinic measure's as its plugin
     * declares them; empty for a measure without bands.
     */
    public static List<Range> of(String code) {
        return switch (code) {
        case "ndi" -> ranges(NeckDisabilityIndex.MEASURE, 0.5, NeckDisabilityIndex::band);
        case "hit6" -> ranges(HeadacheImpactTest.MEASURE, 1, value -> HeadacheImpactTest.band((int) value));
        case "midas" -> ranges(new Measure("midas", "days", 0, 40, Direction.LOWER_IS_BETTER, null, ""), 1,
                value -> MigraineDisabilityAssessment.grade((int) value)); // grade IV is open-ended from 21
        case "fonseca" -> ranges(FonsecaAnamnesticIndex.MEASURE, 5, value -> FonsecaAnamnesticIndex.band((int) value));
        default -> ClinicMeasures.bands(code);
        };
    }

    private static List<Range> ranges(Measure measure, double step, DoubleFunction<Band> band) {
        List<Range> ranges = new ArrayList<>();
        double start = measure.min();
        Band current = band.apply(start);
        for (double value = measure.min() + step; value <= measure.max() + 1e-9; value += step) {
            Band next = band.apply(value);
            if (!next.equals(current)) {
                ranges.add(new Range(start, value, current));
                start = value;
                current = next;
            }
        }
        ranges.add(new Range(start, measure.max(), current));
        return ranges;
    }
}
