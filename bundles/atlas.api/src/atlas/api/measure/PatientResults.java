package atlas.api.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's results as a plugin sees them: every measured value, oldest first, and the current
 * episode's start (null without one). No names, no notes: a plugin's report section or chart
 * needs the numbers only.
 */
public record PatientResults(LocalDate episodeStart, List<MeasuredValue> values) {

    public PatientResults {
        values = List.copyOf(values);
    }

    /** The results of one measure, oldest first. */
    public List<MeasuredValue> of(String code) {
        return values.stream().filter(value -> value.code().equals(code)).toList();
    }
}
