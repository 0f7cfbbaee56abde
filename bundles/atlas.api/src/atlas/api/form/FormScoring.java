package atlas.api.form;

import java.util.List;

import atlas.api.validation.FieldError;

/**
 * The outcome of scoring a form: its results, or the problems (per item, naming what is allowed)
 * that keep it from being scored. Never both.
 */
public record FormScoring(List<FormResult> results, List<FieldError> problems) {

    public FormScoring {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        if (!results.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a form is either scored or refused");
        }
    }

    public static FormScoring scored(List<FormResult> results) {
        return new FormScoring(results, List.of());
    }

    public static FormScoring refused(List<FieldError> problems) {
        return new FormScoring(List.of(), problems);
    }

    public boolean isScored() {
        return problems.isEmpty() && !results.isEmpty();
    }
}
