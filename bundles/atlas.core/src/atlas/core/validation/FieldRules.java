package atlas.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the field errors of one record. Each rule names the field and the allowed values, so
 * the message can be shown as it is next to the widget or in a dialog.
 */
public final class FieldRules {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldRules requiredText(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label, "is required (1 to " + maxLength + " characters)"));
        } else {
            optionalText(field, label, value, maxLength);
        }
        return this;
    }

    public FieldRules optionalText(String field, String label, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new FieldError(field, label,
                    "is " + value.length() + " characters long; at most " + maxLength + " are allowed"));
        }
        return this;
    }

    public FieldRules pattern(String field, String label, String value, Pattern pattern, String allowed) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, label, "\"" + value + "\" is not valid: " + allowed));
        }
        return this;
    }

    public FieldRules dateBetween(String field, String label, LocalDate value, LocalDate earliest,
            LocalDate latest) {
        if (value == null) {
            errors.add(new FieldError(field, label, "is required (" + earliest + " to " + latest + ")"));
        } else if (value.isBefore(earliest)) {
            errors.add(new FieldError(field, label, value + " is before " + earliest + "; allowed "
                    + earliest + " to " + latest));
        } else if (value.isAfter(latest)) {
            errors.add(new FieldError(field, label, value + " is after " + latest + "; allowed "
                    + earliest + " to " + latest));
        }
        return this;
    }

    public FieldRules required(String field, String label, Object value, String allowed) {
        if (value == null) {
            errors.add(new FieldError(field, label, "is required (" + allowed + ")"));
        }
        return this;
    }

    /** A whole number between {@code min} and {@code max}; null passes (use {@link #required}). */
    public FieldRules range(String field, String label, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, label, value + " is outside the allowed range " + min + " to " + max));
        }
        return this;
    }

    /** A number between {@code min} and {@code max}; null passes (use {@link #required}). */
    public FieldRules range(String field, String label, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            errors.add(new FieldError(field, label, value + " is outside the allowed range " + format(min) + " to "
                    + format(max)));
        }
        return this;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** A rule of the record's own, already checked by the caller. */
    public FieldRules add(String field, String label, String message) {
        errors.add(new FieldError(field, label, message));
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
