package atlas.core.form;

import java.util.List;

import atlas.core.store.StoreException;

/** Filled forms and the observations derived from them. */
public interface FormResponseService {

    /**
     * Saves a response with its observations in one transaction; the observations are linked to
     * the response (and its visit) when saved.
     */
    FormResponse save(FormResponse response, List<Observation> observations) throws StoreException;

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
