package atlas.api.measure;

import java.time.LocalDateTime;

/** One result of a measure: what a plugin reads of a patient's record, nothing more. */
public record MeasuredValue(String code, LocalDateTime at, double value, String unit) {
}
