package atlas.api.validation;

/**
 * One rejected value: the field as the user knows it and what would be accepted.
 *
 * @param field   stable field key, e.g. {@code "dateOfBirth"}; the UI maps it to its widget
 * @param label   the field's name as a therapist reads it, e.g. "Date of birth"
 * @param message what is wrong and what is allowed, e.g. "must not be in the future"
 */
public record FieldError(String field, String label, String message) {

    @Override
    public String toString() {
        return label + ": " + message;
    }
}
