package atlas.api.measure;

import java.util.List;

/**
 * The measures a clinic's plugin adds, contributed as an OSGi service. Each is scored by one of the
 * plugin's forms (its results carry the measure's code) and flows wherever the built-in measures
 * do: charts, goals, progress reports, the clinic's responder rates.
 */
public interface MeasureCatalogue {

    /** The plugin's measures. */
    List<MeasureDefinition> measures();

    /** The measure's title in the user's language (the default locale). */
    String title(String code);
}
