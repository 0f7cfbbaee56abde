package atlas.core.episode;

import java.util.List;

import atlas.core.store.StoreException;

/** Episodes of care and their visits. Every write is one transaction and is audited. */
public interface EpisodeService {

    /** @throws atlas.core.validation.ValidationException naming the field (dates, diagnosis codes) */
    EpisodeOfCare start(EpisodeOfCare episode) throws StoreException;

    /** @throws atlas.core.store.RecordConflictException when changed elsewhere since it was read */
    EpisodeOfCare update(EpisodeOfCare episode) throws StoreException;

    /** The patient's episodes, newest first. */
    List<EpisodeOfCare> episodesOf(long patientId) throws StoreException;

    /**
     * Episodes of all patients discharged (status discharged) with an end date from {@code from}
     * to {@code to} inclusive, for the clinic's outcome figures; oldest end first.
     */
    List<EpisodeOfCare> dischargedBetween(java.time.LocalDate from, java.time.LocalDate to) throws StoreException;

    Visit addVisit(Visit visit) throws StoreException;

    /** @throws atlas.core.store.RecordConflictException when changed elsewhere since it was read */
    Visit updateVisit(Visit visit) throws StoreException;

    /** The visits of an episode in time order. */
    List<Visit> visitsOf(long episodeId) throws StoreException;

    /** The clinic's visits on {@code day}, all patients and therapists, in time order. */
    List<ScheduledVisit> visitsOn(java.time.LocalDate day) throws StoreException;
}
