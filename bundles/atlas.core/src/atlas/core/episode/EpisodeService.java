package atlas.core.episode;

import java.util.List;

import atlas.core.store.StoreException;

/** Episodes of care and their visits. Every write is one transaction and is audited. */
public interface EpisodeService {

    /** @throws atlas.core.validation.ValidationException naming the field (dates, diagnosis codes) */
    EpisodeOfCare start(EpisodeOfCare episode) throws StoreException;

    /**
     * Saves an open episode's changes; an episode is ended by {@link #discharge} only, and a closed
     * one is not changed.
     *
     * @throws atlas.core.store.RecordConflictException when changed elsewhere since it was read
     * @throws atlas.core.validation.ValidationException when it is closed, or the change would end it
     */
    EpisodeOfCare update(EpisodeOfCare episode) throws StoreException;

    /**
     * Discharges an active or on-hold episode (issue 18): every note of its visits signed, and a
     * signed note of a discharge visit or the therapist's statement; then it is closed - no new
     * visits, no edits of its visits, notes, forms or plan - until it is reopened. Audited.
     *
     * @throws atlas.core.validation.ValidationException naming the field: notes still unsigned,
     *         the date, the reason, a statement needed; nothing is saved then
     */
    EpisodeOfCare discharge(long episodeId, Discharge discharge) throws StoreException;

    /**
     * Opens a discharged or cancelled episode again, for a reason that is audited.
     *
     * @throws atlas.core.validation.ValidationException when no reason is given or it is open
     */
    EpisodeOfCare reopen(long episodeId, String reason) throws StoreException;

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

    /**
     * How the episode's referral stands: sessions authorised, completed (a signed note), booked, and
     * its last day - what the front desk needs to warn before booking, nothing clinical.
     */
    ReferralStanding referralStanding(long episodeId) throws StoreException;

    /** The clinic's visits on {@code day}, all patients and therapists, in time order. */
    List<ScheduledVisit> visitsOn(java.time.LocalDate day) throws StoreException;
}
