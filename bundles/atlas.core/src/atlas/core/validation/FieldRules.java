package atlas.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import atlas.api.validation.FieldError;

/**
 * Collects the field errors of one record. Each rule names the field and the allowed values, so
 * the message can be shown as it is next to the widget or in a dialog.
 */
public final class FieldRules {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldRules requiredText(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, label, Wording.of("rule.requiredText", String.valueOf(maxLength))));
        } else {
            optionalText(field, label, value, maxLength);
        }
        return this;
    }

    public FieldRules optionalText(String field, String label, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(error(field, label, Wording.of("rule.tooLong", String.valueOf(value.length()), String.valueOf(maxLength))));
        }
        return this;
    }

    public FieldRules pattern(String field, String label, String value, Pattern pattern, String allowed) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            errors.add(error(field, label, Wording.of("rule.pattern", value, Wording.text(allowed))));
        }
        return this;
    }

    public FieldRules dateBetween(String field, String label, LocalDate value, LocalDate earliest,
            LocalDate latest) {
        if (value == null) {
            errors.add(error(field, label, Wording.of("rule.requiredDate", earliest, latest)));
        } else if (value.isBefore(earliest)) {
            errors.add(error(field, label, Wording.of("rule.dateBefore", value, earliest, latest)));
        } else if (value.isAfter(latest)) {
            errors.add(error(field, label, Wording.of("rule.dateAfter", value, earliest, latest)));
        }
        return this;
    }

    public FieldRules required(String field, String label, Object value, String allowed) {
        if (value == null) {
            errors.add(error(field, label, Wording.of("rule.required", Wording.text(allowed))));
        }
        return this;
    }

    /** A whole number between {@code min} and {@code max}; null passes (use {@link #required}). */
    public FieldRules range(String field, String label, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(error(field, label, Wording.of("rule.range", String.valueOf(value), String.valueOf(min), String.valueOf(max))));
        }
        return this;
    }

    /** A number between {@code min} and {@code max}; null passes (use {@link #required}). */
    public FieldRules range(String field, String label, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            errors.add(error(field, label, Wording.of("rule.range", String.valueOf(value), format(min), format(max))));
        }
        return this;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /**
     * A rule of the record's own, already checked by the caller; {@code message} is a key of the
     * wording bundle (filled with {@code arguments}) or, for messages not yet translated, the text.
     */
    public FieldRules add(String field, String label, String message, Object... arguments) {
        String wording = Wording.text(message);
        errors.add(error(field, label, wording.equals(message) && arguments.length == 0 ? message
                : Wording.of(message, arguments)));
        return this;
    }

    /** An error whose label is in the user's language when the wording bundle knows the field. */
    private static FieldError error(String field, String label, String message) {
        return new FieldError(field, Wording.label(field, label), message);
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
