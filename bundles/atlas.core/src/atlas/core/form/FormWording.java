package atlas.core.form;

import java.util.Map;

/**
 * Licensed wording for a form, contributed as an OSGi service by a clinic that holds the licence
 * (e.g. the HIT-6 questions from QualityMetric): item id to the text shown instead of the title.
 */
public interface FormWording {

    /** The form the wording belongs to, e.g. "atlas.hit6". */
    String formId();

    /** Item id to wording; items not in the map keep their title. */
    Map<String, String> itemTexts();
}
