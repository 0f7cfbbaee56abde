package atlas.core.validation;

import java.util.List;
import java.util.stream.Collectors;
import atlas.api.validation.FieldError;

/**
 * A record was not saved because some of its values are not allowed. Nothing of it was written.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws when the list is not empty; the usual last line of a validate method. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
