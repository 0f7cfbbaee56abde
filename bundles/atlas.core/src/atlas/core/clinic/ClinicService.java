package atlas.core.clinic;

import atlas.core.store.StoreException;

/** The clinic's details, kept in the clinical database for every workstation. */
public interface ClinicService {

    /** The details as saved, or {@link ClinicDetails#none()}; anyone signed in may read them. */
    ClinicDetails details() throws StoreException;

    /**
     * The clinic's opening hours as saved with its details (the usual hours until it sets its own),
     * without the logo (the week calendar's); anyone signed in may read them.
     */
    atlas.core.episode.OpeningHours openingHours() throws StoreException;

    /**
     * Saves the details (the administrator's), audited.
     *
     * @throws atlas.core.validation.ValidationException naming the field and the allowed length
     */
    ClinicDetails save(ClinicDetails details) throws StoreException;
}
