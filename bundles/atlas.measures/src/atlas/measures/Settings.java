package atlas.measures;

/**
 * A clinic's scoring settings (allowed missing items, thresholds) are checked before they are used:
 * a setting outside its range would score every form wrongly without anyone noticing.
 */
final class Settings {

    private Settings() {
    }

    /** {@code value}, or an IllegalArgumentException naming the setting and its allowed range. */
    static int require(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(MeasureWording.of("problem.setting", MeasureWording.of("setting." + setting),
                    value, min, max));
        }
        return value;
    }
}
