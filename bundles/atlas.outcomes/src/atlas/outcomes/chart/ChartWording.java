package atlas.outcomes.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Chart and report texts in the user's language (charts.properties, German _de). */
public final class ChartWording {

    private ChartWording() {
    }

    public static String of(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("atlas.outcomes.chart.charts", Locale.getDefault(),
                ChartWording.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }

    /** A measure's unit in the user's language ("points", "Punkte"); a unit without wording as it is. */
    public static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        try {
            return of("unit." + unit.replaceAll("[^A-Za-z0-9]", "_"));
        } catch (java.util.MissingResourceException e) {
            return unit;
        }
    }

    /** A value as the charts print it: whole numbers bare, others to one decimal. */
    public static String number(double value) {
        double tenths = Math.round(value * 10) / 10.0;
        return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : String.format(Locale.getDefault(), "%.1f", tenths);
    }
}
