package atlas.measures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A computed result.
 *
 * @param measure the measure's code
 * @param value   the score that charts and goals use
 * @param band    its severity band, or null where the instrument has none
 * @param parts   further results by name (percent, subscales, grade, sides), in order
 * @param missing the items left unanswered but allowed to be (the score is prorated or averaged)
 */
public record Score(String measure, double value, Band band, Map<String, Double> parts, List<String> missing) {

    public Score {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts)); // in the order given
        missing = List.copyOf(missing);
    }
}
