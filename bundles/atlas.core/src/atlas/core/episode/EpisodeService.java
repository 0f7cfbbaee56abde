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

    /**
     * Books a visit; its therapist's time is checked with their row locked, so two workstations
     * booking the same time get one visit and one refusal.
     *
     * @throws atlas.core.validation.ValidationException naming the field: the episode closed, the
     *         therapist already booked then ("startsAt")
     */
    Visit addVisit(Visit visit) throws StoreException;

    /**
     * Saves a visit's changes (another time, therapist, kind or length), checked as at booking.
     *
     * @throws atlas.core.store.RecordConflictException when changed elsewhere since it was read
     */
    Visit updateVisit(Visit visit) throws StoreException;

    /**
     * Marks where a visit stands on the day: {@link VisitStatus#ARRIVED}, {@link VisitStatus#NO_SHOW}
     * (once its time has come), {@link VisitStatus#CANCELLED} (with a reason; late when less than a
     * day before it) or back to {@link VisitStatus#BOOKED}. Completed is set by signing its note.
     *
     * @throws atlas.core.validation.ValidationException naming the field: a status it cannot move
     *         to, a missing reason, its time taken meanwhile when booked again; nothing saved then
     */
    Visit markVisit(long visitId, VisitStatus status, String reason) throws StoreException;

    /**
     * The earliest start at or after {@code from} when the therapist has {@code minutes} free, for
     * the booking to propose.
     */
    java.time.LocalDateTime nextFreeStart(long clinicianId, java.time.LocalDateTime from, int minutes)
            throws StoreException;

    /**
     * The frequency and length of the episode's signed plan of care, to book a series from (the
     * front desk may read these numbers, nothing else of the plan); empty when no plan is signed.
     */
    java.util.Optional<SeriesPlan> seriesPlan(long episodeId) throws StoreException;

    /**
     * The visits of {@code series} as its therapist's time stands - free, or clashing and then the
     * free time that day - before anything is saved.
     *
     * @throws atlas.core.validation.ValidationException naming the field of a series that breaks
     *         its rules (no days, too many visits, a first day in the past)
     */
    List<ProposedVisit> proposeSeries(VisitSeries series) throws StoreException;

    /**
     * Books the visits of a series in one step: all of them, or - when the episode is closed, one
     * breaks a visit's rules or its therapist's time is taken meanwhile - none, the error naming
     * the visit's date ("startsAt"). Audited per visit.
     */
    List<Visit> bookSeries(List<Visit> visits) throws StoreException;

    /** The visits of an episode in time order. */
    List<Visit> visitsOf(long episodeId) throws StoreException;

    /**
     * How the episode's referral stands: sessions authorised, completed (a signed note), booked, and
     * its last day - what the front desk needs to warn before booking, nothing clinical.
     */
    ReferralStanding referralStanding(long episodeId) throws StoreException;

    /**
     * The clinic's visits from {@code from} up to (not including) {@code until}, all patients and
     * therapists, in time order: the week calendar's read.
     */
    List<ScheduledVisit> visitsBetween(java.time.LocalDate from, java.time.LocalDate until) throws StoreException;

    /**
     * The recall list (issue 18): for every open episode of the clinic, why to call its patient -
     * a re-evaluation due, a missed visit with none since, a series ended, a referral running out -
     * by {@link Recall}'s rules at {@code now}; by reason, then the oldest day first. Nothing
     * clinical: the front desk reads it too.
     */
    List<Recall.Line> recall(java.time.LocalDateTime now) throws StoreException;

    /** The clinic's visits on {@code day}, all patients and therapists, in time order. */
    List<ScheduledVisit> visitsOn(java.time.LocalDate day) throws StoreException;
}
