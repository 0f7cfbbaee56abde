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
 * visits (answers only: Atlas scores them again with its own definition) and the notes signed at
 * them, the headache diary and red-flag screenings. Visits booked ahead are not among them - those are made in Atlas's own
 * schedule, with a therapist. Diary entries and screenings are made for patient 0 and given to the
 * patient once registered ({@link HeadacheDiaryEntry#assignTo}).
 */
public record PatientHistory(List<Episode> episodes, List<HeadacheDiaryEntry> diary, List<Screened> redFlags,
        List<KeptDocument> documents) {

    public static final PatientHistory NONE = new PatientHistory(List.of());

    public PatientHistory {
        episodes = List.copyOf(episodes);
        diary = List.copyOf(diary);
        redFlags = List.copyOf(redFlags);
        documents = List.copyOf(documents);
    }

    public PatientHistory(List<Episode> episodes) {
        this(episodes, List.of(), List.of(), List.of());
    }

    /**
     * A red-flag screening done there and the clinician who screened ({@code null} when the file
     * names none). A flag's acknowledgement does not come with it: the flag holds the red-flag gate
     * until a clinician of this clinic has judged it.
     */
    public record Screened(RedFlagScreening screening, Author screener) {
    }

    /** A document of the record as it was printed or received there: its kind, file name, when and by whom, the file. */
    public record KeptDocument(atlas.core.document.DocumentKind kind, String fileName, java.time.Instant createdAt,
            String createdBy, byte[] content) {
    }

    /** An episode: when it started (and ended), its status, who referred, its diagnoses, plans and visits. */
    public record Episode(LocalDate start, LocalDate end, EpisodeStatus status, String referralSource,
            List<Diagnosis> diagnoses, List<PastVisit> visits, List<Plan> plans) {
        public Episode {
            diagnoses = List.copyOf(diagnoses);
            visits = List.copyOf(visits);
            plans = List.copyOf(plans);
        }

        public Episode(LocalDate start, LocalDate end, EpisodeStatus status, String referralSource,
                List<Diagnosis> diagnoses, List<PastVisit> visits) {
            this(start, end, status, referralSource, diagnoses, visits, List.of());
        }
    }

    /**
     * A revision of the episode's plan of care, signed in the system it comes from (a signed one is
     * current, a superseded one was replaced by the revision that names it as {@code replaces}, an
     * index into the episode's plans): the visits it schedules, its re-evaluation day, its goals
     * and the interventions planned with their doses.
     */
    public record Plan(int revision, Integer replaces, boolean superseded, Integer sessionsPerWeek, Integer weeks,
            Integer plannedVisits, LocalDate reEvaluationDate, Author signer, java.time.Instant signedAt,
            List<PlanGoal> goals, List<Planned> interventions) {
        public Plan {
            goals = List.copyOf(goals);
            interventions = List.copyOf(interventions);
        }
    }

    /** A goal of a plan: short or long term, the measure it is judged by, baseline, target, due day, wording. */
    public record PlanGoal(atlas.core.plan.GoalTerm term, String measureCode, Double baseline, Double target,
            LocalDate dueDate, String description) {
    }

    /** An intervention a plan schedules, with its dose; a home programme is done by the patient. */
    public record Planned(String interventionCode, atlas.core.plan.Dosage dosage, boolean homeProgramme) {
    }

    /** An intervention given at a visit, with its dose and the patient's response, of the plan at {@code plan} (an index into the episode's plans, or null). */
    public record Given(Integer plan, String interventionCode, atlas.core.plan.Dosage dosage, String response) {
    }

    /**
     * A visit of the past: when, how long, whether it took place ({@code COMPLETED}) or was called
     * off, the forms filled, notes signed and interventions given at it, and its therapist there
     * (a clinician of the record; null when the file names none).
     */
    public record PastVisit(LocalDateTime startsAt, int minutes, VisitStatus status, List<FilledForm> forms,
            List<SignedNote> notes, List<Given> given, Author therapist) {
        public PastVisit {
            forms = List.copyOf(forms);
            notes = List.copyOf(notes);
            given = List.copyOf(given);
        }

        public PastVisit(LocalDateTime startsAt, int minutes, VisitStatus status) {
            this(startsAt, minutes, status, List.of(), List.of(), List.of(), null);
        }
    }

    /**
     * A clinician of the system the record comes from, as the author or signer of what comes with
     * it: {@code key} names them there (their user name, else the resource's id) - Atlas keeps them
     * as a clinician of the record, not of this clinic (no account, not active).
     */
    public record Author(String key, String name, String profession) {
    }

    /** A treatment note signed in the system it comes from: its SOAP sections, who wrote and signed it, when, and its addenda. */
    public record SignedNote(String subjective, String objective, String assessment, String plan, Author author,
            Author signer, java.time.Instant signedAt, List<Addendum> addenda) {
        public SignedNote {
            addenda = List.copyOf(addenda);
        }
    }

    /** An addendum to a signed note: who wrote it, when, and its text. */
    public record Addendum(Author author, java.time.Instant writtenAt, String text) {
    }

    /** A form's answers by item id, as filled with the form's {@code formVersion}. */
    public record FilledForm(String formId, String formVersion, Map<String, String> answers) {
        public FilledForm {
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        }
    }

    public boolean isEmpty() {
        return episodes.isEmpty() && diary.isEmpty() && redFlags.isEmpty() && documents.isEmpty();
    }

    /** Whether it holds clinical records beyond episodes and visits: forms, diary or screenings. */
    public boolean hasClinicalRecords() {
        return !diary.isEmpty() || !redFlags.isEmpty() || !documents.isEmpty() || episodes.stream().flatMap(episode -> episode.visits().stream())
                .anyMatch(visit -> !visit.forms().isEmpty() || !visit.notes().isEmpty() || !visit.given().isEmpty())
                || episodes.stream().anyMatch(episode -> !episode.plans().isEmpty());
    }
}
