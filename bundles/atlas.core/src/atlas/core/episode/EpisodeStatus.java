package atlas.core.episode;

/** Where an episode of care stands (FHIR R4 EpisodeOfCare.status, reduced to what clinics use). */
public enum EpisodeStatus {
    ACTIVE, ON_HOLD, DISCHARGED, CANCELLED
}
