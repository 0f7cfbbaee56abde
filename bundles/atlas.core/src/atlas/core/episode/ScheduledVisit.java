package atlas.core.episode;

/**
 * A visit on the clinic's day list, with whom it is for: what the front desk needs to greet the
 * patient and tell the therapist (record number and name only - nothing clinical).
 */
public record ScheduledVisit(Visit visit, String recordNumber, String patientName) {
}
