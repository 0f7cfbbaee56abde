package atlas.core.patient;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.VisitStatus;

/**
 * What another system sent of a patient's care, brought in with the patient: episodes of care with
 * their diagnoses and the visits that took place (or were called off). Visits booked ahead are
 * not among them - those are made in Atlas's own schedule, with a therapist.
 */
public record PatientHistory(List<Episode> episodes) {

    public static final PatientHistory NONE = new PatientHistory(List.of());

    public PatientHistory {
        episodes = List.copyOf(episodes);
    }

    /** An episode: when it started (and ended), its status, who referred, its diagnoses and visits. */
    public record Episode(LocalDate start, LocalDate end, EpisodeStatus status, String referralSource,
            List<Diagnosis> diagnoses, List<PastVisit> visits) {
        public Episode {
            diagnoses = List.copyOf(diagnoses);
            visits = List.copyOf(visits);
        }
    }

    /** A visit of the past: when, how long, and whether it took place ({@code COMPLETED}) or was called off. */
    public record PastVisit(LocalDateTime startsAt, int minutes, VisitStatus status) {
    }

    public boolean isEmpty() {
        return episodes.isEmpty();
    }
}
