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

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
