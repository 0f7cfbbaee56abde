package atlas.api.plan;

import java.util.List;

/**
 * Interventions a clinic adds to the catalogue, contributed as an OSGi service by its plugin (for
 * example its own exercise classes). An entry that is neck manual therapy or traction says so, and
 * the red-flag gate holds for it as for the built-in ones.
 */
public interface InterventionCatalogue {

    /** The clinic's entries; codes in the clinic's own namespace, e.g. "ch.seeblick.jawRelaxation". */
    List<InterventionType> interventions();

    /** The entry's name in the user's language. */
    String title(String code);
}
