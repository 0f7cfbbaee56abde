package atlas.core.episode;

/**
 * Where a visit stands on the clinic's day (issue 18; FHIR R4 Encounter.status planned, arrived,
 * finished, cancelled - a no-show is a cancelled encounter there, kept apart here because the
 * clinic follows it up).
 */
public enum VisitStatus {
    /** In the schedule, the patient not yet there. */
    BOOKED,
    /** The front desk saw the patient come in. */
    ARRIVED,
    /** The visit's note is signed: a session given, counted against the referral. */
    COMPLETED,
    /** Called off, with a reason; late when less than a day before it. */
    CANCELLED,
    /** The patient did not come and did not call off. */
    NO_SHOW;

    /** Whether the visit holds its therapist's time: a cancelled or missed one frees it. */
    public boolean holdsTime() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
