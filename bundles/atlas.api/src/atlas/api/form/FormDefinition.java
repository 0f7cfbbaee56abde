package atlas.api.form;

import java.util.List;
import java.util.Map;

/**
 * A form Atlas can render, check, score and store: one of the built-in instruments or a clinic's
 * own, each registered as an OSGi service so that a form bundle installed while Atlas runs appears
 * without a restart. The answers are kept generically ({@link FormResponse#getAnswers()}: item id
 * to the typed text), the results become {@link Observation}s that charts and goals read.
 * <p>
 * Licensed wording (HIT-6, NDI) is not part of a definition: a clinic holding the licence adds it
 * with a {@link FormWording} service.
 */
public interface FormDefinition {

    /** Stable id, stored with every response, e.g. "atlas.ndi" or "clinic.example.sleep". */
    String id();

    /** Version of the items and scoring; a response keeps the version it was filled with. */
    String version();

    /** The title in the user's language. */
    String title();

    /** The items in the order they are asked. */
    List<FormItem> items();

    /** What may be shown of the instrument and why (licence), shown under the title. */
    String licenceNote();

    /**
     * Checks and scores the answers (item id to typed text; unanswered items are absent or blank).
     * Returns the results, or the problems per item; never a partial or silently wrong score.
     */
    FormScoring score(Map<String, String> answers);
}
