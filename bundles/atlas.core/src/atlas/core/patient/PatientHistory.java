package atlas.core.patient;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.VisitStatus;
import atlas.core.redflag.RedFlagScreening;

/**
 * What another system sent of a patient's care, brought in with the patient: episodes of care with
 * their diagnoses and the visits that took place (or were called off), the forms filled at those
 * visits (answers only: Atlas scores them again with its own definition), the headache diary and
 * red-flag screenings. Visits booked ahead are not among them - those are made in Atlas's own
 * schedule, with a therapist. Diary entries and screenings are made for patient 0 and given to the
 * patient once registered ({@link HeadacheDiaryEntry#assignTo}).
 */
public record PatientHistory(List<Episode> episodes, List<HeadacheDiaryEntry> diary, List<RedFlagScreening> redFlags) {

    public static final PatientHistory NONE = new PatientHistory(List.of());

    public PatientHistory {
        episodes = List.copyOf(episodes);
        diary = List.copyOf(diary);
        redFlags = List.copyOf(redFlags);
    }

    public PatientHistory(List<Episode> episodes) {
        this(episodes, List.of(), List.of());
    }

    /** An episode: when it started (and ended), its status, who referred, its diagnoses and visits. */
    public record Episode(LocalDate start, LocalDate end, EpisodeStatus status, String referralSource,
            List<Diagnosis> diagnoses, List<PastVisit> visits) {
        public Episode {
            diagnoses = List.copyOf(diagnoses);
            visits = List.copyOf(visits);
        }
    }

    /**
     * A visit of the past: when, how long, whether it took place ({@code COMPLETED}) or was called
     * off, and the forms filled at it.
     */
    public record PastVisit(LocalDateTime startsAt, int minutes, VisitStatus status, List<FilledForm> forms) {
        public PastVisit {
            forms = List.copyOf(forms);
        }

        public PastVisit(LocalDateTime startsAt, int minutes, VisitStatus status) {
            this(startsAt, minutes, status, List.of());
        }
    }

    /** A form's answers by item id, as filled with the form's {@code formVersion}. */
    public record FilledForm(String formId, String formVersion, Map<String, String> answers) {
        public FilledForm {
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        }
    }

    public boolean isEmpty() {
        return episodes.isEmpty() && diary.isEmpty() && redFlags.isEmpty();
    }

    /** Whether it holds clinical records beyond episodes and visits: forms, diary or screenings. */
    public boolean hasClinicalRecords() {
        return !diary.isEmpty() || !redFlags.isEmpty() || episodes.stream().flatMap(episode -> episode.visits().stream())
                .anyMatch(visit -> !visit.forms().isEmpty());
    }
}
