package atlas.api.form;

import java.util.Map;

/**
 * Licensed wording for a form, contributed as an OSGi service by a clinic that holds the licence
 * (e.g. the HIT-6 questions from QualityMetric): item id to the text shown instead of the title.
 * Part of the kept plugin API since 1.1.0 of {@code atlas.api.form}.
 */
public interface FormWording {

    /** The form the wording belongs to, e.g. "atlas.hit6". */
    String formId();

    /** Item id to wording; items not in the map keep their title. */
    Map<String, String> itemTexts();

    /** Choice item id to its answers' wording, in the item's order; items not in the map keep theirs. */
    default Map<String, java.util.List<String>> answerTexts() {
        return Map.of();
    }

    /** Whose wording it is (the licence holder), shown with the form; null if not said. */
    default String owner() {
        return null;
    }

    /** The language of the wording ("de"), or null for any. */
    default String language() {
        return null;
    }
}
