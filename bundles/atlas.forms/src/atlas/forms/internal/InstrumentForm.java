package atlas.forms.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.ItemProblem;
import atlas.measures.Measure;
import atlas.measures.Score;
import atlas.measures.ScoreResult;

/**
 * A built-in instrument as a form: titles and licence notes from forms*.properties (English,
 * German), answers read from their typed text, scoring by {@code atlas.measures}, results as
 * observations of the instrument's measure code.
 */
abstract class InstrumentForm implements FormDefinition {

    private final String code;

    /** @param code the instrument's code, e.g. "ndi"; the form id is "atlas." + code */
    InstrumentForm(String code) {
        this.code = code;
    }

    @Override
    public String id() {
        return "atlas." + code;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return text(code + ".title");
    }

    @Override
    public String licenceNote() {
        return text(code + ".licence");
    }

    static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("atlas.forms.internal.forms", Locale.getDefault(),
                InstrumentForm.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }

    /** The code of a part in its observation, after the measure's code: the part's name by default. */
    String partCode(String part, int position) {
        return part;
    }

    /** The title of a part: "&lt;measure&gt;.part.&lt;name&gt;" in forms.properties, else its name. */
    String partTitle(Measure measure, String part) {
        return textOr(measure.code() + ".part." + part, part);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    static String textOr(String key, String fallback) {
        try {
            return text(key);
        } catch (java.util.MissingResourceException e) {
            return fallback;
        }
    }

    /** The answer to {@code item} as a whole number; null if blank; a problem if not a number. */
    static Integer wholeNumber(Map<String, String> answers, String item, String title, List<FieldError> problems) {
        String typed = answers.get(item);
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldError(item, title, text("problem.notWholeNumber", typed.strip())));
            return null;
        }
    }

    /** The scoring's problems as field errors named by the items' titles. */
    FormScoring refused(List<FieldError> typing, ScoreResult result) {
        List<FieldError> problems = new ArrayList<>(typing);
        for (ItemProblem problem : result.problems()) {
            if (problems.stream().noneMatch(known -> known.field().equals(problem.item()))) {
                problems.add(new FieldError(problem.item(), itemTitle(problem.item()), problem.message()));
            }
        }
        return FormScoring.refused(problems);
    }

    /** The title of an item, or of the whole form for problems that concern all of it. */
    String itemTitle(String item) {
        return items().stream().filter(each -> each.id().equals(item)).map(each -> each.title()).findFirst()
                .orElse(title());
    }

    /** The score and its parts as results; the typing problems, if any, refuse the form first. */
    FormScoring results(List<FieldError> typing, ScoreResult result, Measure measure, String... partUnits) {
        if (!typing.isEmpty() || !result.isScored()) {
            return refused(typing, result);
        }
        Score score = result.orElseThrow();
        boolean lowerIsBetter = measure.direction() == atlas.measures.Direction.LOWER_IS_BETTER;
        List<FormResult> results = new ArrayList<>();
        results.add(new FormResult(measure.code(), title(), score.value(), measure.unit(),
                score.band() == null ? null : score.band().label(), measure.importantChange(), lowerIsBetter));
        int index = 0;
        for (Map.Entry<String, Double> part : score.parts().entrySet()) {
            String partUnit = index < partUnits.length ? partUnits[index] : measure.unit();
            index++;
            results.add(new FormResult(measure.code() + "." + partCode(part.getKey(), index),
                    partTitle(measure, part.getKey()),
                    part.getValue(), partUnit, null, null, lowerIsBetter));
        }
        return FormScoring.scored(results);
    }
}
