package atlas.core.form;

import java.util.List;
import java.util.Map;

import atlas.core.store.StoreException;
import atlas.api.form.FormScoring;

/**
 * Filled forms and the observations derived from them. There is one way to write them -
 * {@link #submit}: the answers of a form for a visit, scored by the form's own definition - so the
 * window, the demo data and a plugin store the same results for the same answers.
 */
public interface FormResponseService {

    /**
     * Scores {@code answers} with the definition of {@code formId}, without saving: what a form
     * shows while it is being filled. A form that is not installed is refused by name.
     */
    FormScoring score(String formId, Map<String, String> answers);

    /** The definition of form {@code formId} installed now (its items, version, title), empty when it is not installed. */
    java.util.Optional<atlas.api.form.FormDefinition> installed(String formId);

    /**
     * The version of form {@code formId} installed now, empty when it is not installed: answers
     * filled with another version are not scored by this one (its items may have changed).
     */
    default java.util.Optional<String> installedVersion(String formId) {
        return installed(formId).map(atlas.api.form.FormDefinition::version);
    }

    /**
     * Submits the answers of a form for a visit: scores them with the form's definition and saves
     * the response (final) with one observation per result, at the visit's time, in one
     * transaction. Answers that do not score are refused with each item's problem
     * ({@link atlas.core.validation.ValidationException}); nothing is saved.
     *
     * @return the stored response; its results hold the scores
     */
    FormResponse submit(long visitId, String formId, Map<String, String> answers) throws StoreException;

    /** The patient's responses, newest first. */
    List<FormResponse> responsesOf(long patientId) throws StoreException;

    /** One measure of one patient over time, oldest first: what an outcome chart draws. */
    List<Observation> series(long patientId, String measureCode) throws StoreException;

    /**
     * The observations of {@code measureCodes} of the patients {@code patientIds}, in time order
     * per patient, for the clinic's outcome figures.
     */
    List<Observation> observationsOf(java.util.Collection<Long> patientIds, java.util.Collection<String> measureCodes)
            throws StoreException;
}
