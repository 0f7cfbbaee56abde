package atlas.api.measure;

import java.util.List;

/**
 * A measure a clinic's plugin declares for the scores its own forms give: Atlas then charts it,
 * offers it for goals, puts it in progress reports and counts it in the clinic's responder rates,
 * as it does for the built-in instruments.
 *
 * @param code                  the code the form's results are stored under, in the clinic's own
 *                              namespace ("seeblick.clenching"); a built-in code is refused
 * @param unit                  the unit shown on axes and in reports ("points")
 * @param min                   the lowest score the measure can have
 * @param max                   the highest score
 * @param lowerIsBetter         which way is better
 * @param importantChange       the smallest change that counts (MCID or MDC), or null where none is
 *                              known: then no verdict is given and the measure has no responder rate
 * @param importantChangeSource where the important change comes from (a citation), or null
 * @param bands                 the measure's severity bands from best to worst, covering
 *                              {@code min..max} without gaps; empty for none
 */
public record MeasureDefinition(String code, String unit, double min, double max, boolean lowerIsBetter,
        Double importantChange, String importantChangeSource, List<Band> bands) {

    /**
     * A severity band: values from {@code from} (inclusive) up to {@code to} (exclusive, except
     * for the last band, which includes the measure's maximum).
     *
     * @param label the band's name in the user's language ("moderate")
     */
    public record Band(double from, double to, String label) {
    }

    /** Refuses a definition a chart or a verdict could not use, naming what is wrong. */
    public MeasureDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("measure code: must not be empty");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("measure " + code + ": min (" + min + ") must be below max (" + max + ")");
        }
        if (importantChange != null && !(importantChange > 0 && importantChange <= max - min)) {
            throw new IllegalArgumentException("measure " + code + ": important change must be above 0 and at most "
                    + (max - min) + ", was " + importantChange);
        }
        bands = List.copyOf(bands == null ? List.of() : bands);
        double next = min;
        for (Band band : bands) {
            if (band.from() != next || !(band.to() > band.from())) {
                throw new IllegalArgumentException("measure " + code + ": band \"" + band.label()
                        + "\" must start at " + next + " and end above its start");
            }
            next = band.to();
        }
        if (!bands.isEmpty() && next != max) {
            throw new IllegalArgumentException("measure " + code + ": the last band must end at max (" + max + ")");
        }
        unit = unit == null ? "" : unit;
    }
}
