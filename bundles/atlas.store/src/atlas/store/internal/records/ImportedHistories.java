package atlas.store.internal.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import atlas.api.form.FormDefinition;
import atlas.api.validation.FieldError;
import atlas.core.clinician.Clinician;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.document.PatientDocument;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.note.NoteAddendum;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientHistory;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;

/**
 * Writes what another system sent of imported patients' care, in the transaction that registers
 * them: each episode with its diagnoses, then its past visits - the first an initial evaluation,
 * the rest daily visits, without a therapist of this clinic (they were seen elsewhere), completed
 * or called off as sent - with the forms filled at them, scored again by the installed form of the
 * same version ({@link InstalledForms}), the notes signed at them and the interventions given; the
 * episode's plans as signed (by the clinicians of the record, kept as inactive clinicians); then
 * the headache diary, the red-flag screenings and the documents (checked as a file kept here is). A
 * screening comes without a clinician of this clinic and unacknowledged: a flag found elsewhere
 * holds the red-flag gate until a clinician here has acknowledged it. Each record is checked by
 * its own rules and audited as created; one refused refuses the whole import.
 */
final class ImportedHistories {

    /** Why an imported visit is called off: it was, in the system it came from. */
    static final String CALLED_OFF = "called off (imported)";

    private final EntityManager em;
    private final InstalledForms forms;
    private final LocalDate today = LocalDate.now();
    private final LocalDateTime now = LocalDateTime.now();
    private final java.util.Map<String, Long> clinicians = new java.util.HashMap<>();
    /** The forms (id and version) whose questions this import has checked against their first use. */
    private final java.util.Set<String> questionsChecked = new java.util.HashSet<>();

    ImportedHistories(EntityManager em, InstalledForms forms) {
        this.em = em;
        this.forms = forms;
    }

    void write(List<Patient> patients, List<PatientHistory> histories) {
        for (int i = 0; i < patients.size(); i++) {
            long patientId = patients.get(i).getId();
            PatientHistory history = histories.get(i);
            for (PatientHistory.Episode sent : history.episodes()) {
                episode(patientId, sent);
            }
            for (HeadacheDiaryEntry entry : history.diary()) {
                entry.assignTo(patientId);
                Records.create(em, entry, entry.validate(now), "HeadacheDiaryEntry", HeadacheDiaryEntry::getId,
                        patientId, "imported");
            }
            for (PatientHistory.KeptDocument sent : history.documents()) {
                PatientDocument document = new PatientDocument(patientId, sent.kind(), sent.fileName(), sent.createdAt(),
                        sent.createdBy(), sent.content());
                Records.create(em, document, JpaPatientDocumentService.fileProblems(sent.kind().received(), sent.fileName(),
                        sent.content()), JpaPatientDocumentService.RECORD_TYPE, PatientDocument::getId, patientId,
                        sent.kind() + " " + sent.fileName() + " (imported)");
            }
            for (PatientHistory.Screened screened : history.redFlags()) {
                RedFlagScreening screening = screened.screening();
                if (!screening.flags().isEmpty() && !screening.isOpen()) {
                    throw new IllegalArgumentException("an imported red flag is acknowledged here, not brought in acknowledged");
                }
                screening.assignTo(patientId);
                if (screened.screener() != null) {
                    screening.setScreenedBy(clinician(screened.screener()));
                }
                Records.create(em, screening, screening.validate(), "RedFlagScreening", RedFlagScreening::getId,
                        patientId, "imported");
            }
        }
    }

    private void episode(long patientId, PatientHistory.Episode sent) {
        EpisodeOfCare episode = new EpisodeOfCare(patientId, sent.start(), sent.referralSource(), sent.start());
        episode.setStatus(sent.status());
        episode.setEndDate(sent.end());
        episode.setDiagnoses(new ArrayList<>(sent.diagnoses()));
        Records.create(em, episode, episode.validate(today), "EpisodeOfCare", EpisodeOfCare::getId, patientId,
                "imported");
        List<Map<String, Long>> planned = plans(patientId, episode.getId(), sent.plans());
        boolean first = true;
        for (PatientHistory.PastVisit past : sent.visits()) {
            Visit visit = new Visit(patientId, episode.getId(), past.startsAt(), past.therapist() == null ? null
                    : clinician(past.therapist()), first ? VisitType.INITIAL_EVALUATION : VisitType.DAILY);
            visit.setDurationMinutes(past.minutes());
            if (past.status() == VisitStatus.COMPLETED) {
                visit.complete();
            } else {
                // a day before it: called off in time, as the other system cannot tell
                visit.cancel(CALLED_OFF, past.startsAt().minusDays(1));
            }
            Records.create(em, visit, visit.validate(), "Visit", Visit::getId, patientId, "imported");
            for (PatientHistory.FilledForm form : past.forms()) {
                InstalledForms.write(em, visit, InstalledForms.score(definition(form), form.answers()),
                        questionsChecked);
            }
            for (PatientHistory.SignedNote note : past.notes()) {
                note(visit, note);
            }
            for (PatientHistory.Given given : past.given()) {
                InterventionGiven written = new InterventionGiven(patientId, visit.getId(), given.plan() == null ? null
                        : planned.get(given.plan()).get(given.interventionCode()), given.interventionCode(), given.dosage());
                written.setResponse(given.response());
                Records.create(em, written, written.validate(), "InterventionGiven", InterventionGiven::getId, patientId,
                        "imported");
            }
            first = false;
        }
    }

    /**
     * The episode's plans, oldest revision first, each signed by the clinician of the record who
     * signed it (and superseded when a later revision replaced it), with its goals and planned
     * interventions; for each plan, its planned interventions' ids by code.
     */
    private List<Map<String, Long>> plans(long patientId, long episodeId, List<PatientHistory.Plan> sent) {
        List<Long> ids = new ArrayList<>();
        List<Map<String, Long>> planned = new ArrayList<>();
        for (PatientHistory.Plan each : sent) {
            PlanOfCare plan = new PlanOfCare(patientId, episodeId, each.revision(), each.replaces() == null ? null
                    : ids.get(each.replaces()));
            plan.setSessionsPerWeek(each.sessionsPerWeek());
            plan.setWeeks(each.weeks());
            plan.setPlannedVisits(each.plannedVisits());
            plan.setReEvaluationDate(each.reEvaluationDate());
            plan.markSigned(clinician(each.signer()), each.signedAt());
            if (each.superseded()) {
                plan.markSuperseded();
            }
            Records.create(em, plan, plan.validate(), "PlanOfCare", PlanOfCare::getId, patientId, "imported");
            // its row first: a goal or an intervention names the plan by id only, so the unit of work cannot order them
            em.flush();
            ids.add(plan.getId());
            for (PatientHistory.PlanGoal sentGoal : each.goals()) {
                Goal goal = new Goal(plan.getId(), sentGoal.term(), sentGoal.measureCode(), sentGoal.baseline(),
                        sentGoal.target(), sentGoal.dueDate());
                goal.setDescription(sentGoal.description());
                Records.create(em, goal, goal.validate(), "Goal", Goal::getId, patientId, "imported");
            }
            Map<String, Long> byCode = new java.util.HashMap<>();
            for (PatientHistory.Planned sentIntervention : each.interventions()) {
                PlannedIntervention intervention = new PlannedIntervention(plan.getId(), sentIntervention.interventionCode(),
                        sentIntervention.dosage(), sentIntervention.homeProgramme());
                Records.create(em, intervention, intervention.validate(), "PlannedIntervention", PlannedIntervention::getId,
                        patientId, "imported");
                byCode.putIfAbsent(intervention.getInterventionCode(), intervention.getId());
            }
            planned.add(byCode);
        }
        em.flush(); // before the interventions given that name them
        return planned;
    }

    /** A note signed elsewhere: signed here too, by the clinician of the record who signed it, at that time. */
    private void note(Visit visit, PatientHistory.SignedNote sent) {
        ClinicalNote note = new ClinicalNote(visit.getPatientId(), visit.getId(), sent.author() == null ? null
                : clinician(sent.author()));
        note.setSubjective(sent.subjective());
        note.setObjective(sent.objective());
        note.setAssessment(sent.assessment());
        note.setPlan(sent.plan());
        note.markSigned(clinician(sent.signer()), sent.signedAt());
        Records.create(em, note, note.validate(), "ClinicalNote", ClinicalNote::getId, visit.getPatientId(), "imported");
        for (PatientHistory.Addendum addendum : sent.addenda()) {
            NoteAddendum written = new NoteAddendum(note.getId(), clinician(addendum.author()), addendum.writtenAt(),
                    addendum.text());
            Records.create(em, written, written.validate(), "NoteAddendum", NoteAddendum::getId, visit.getPatientId(),
                    "imported");
        }
    }

    /**
     * The clinician of the record who wrote or signed it elsewhere: "ext." and their name there, not
     * active (no account, offered nowhere), made once and found again by the next import of the
     * same system's records. Never one of this clinic's own clinicians: the same user name here may
     * be another person.
     */
    private long clinician(PatientHistory.Author author) {
        String username = ImportedClinicians.username(author.key());
        Long known = clinicians.get(username);
        if (known == null) {
            known = JpaClinicianService.byUsername(em, username).map(Clinician::getId).orElse(null);
        }
        if (known == null) {
            Clinician made = new Clinician(username, author.name() == null || author.name().isBlank() ? author.key()
                    : author.name(), author.profession());
            made.setActive(false);
            known = Records.create(em, made, made.validate(), "Clinician", Clinician::getId, null, "imported").getId();
        }
        clinicians.put(username, known);
        return known;
    }

    /** The installed form the answers were filled with: the same id and version, else refused by name. */
    private FormDefinition definition(PatientHistory.FilledForm form) {
        FormDefinition installed = forms.definition(form.formId());
        if (!installed.version().equals(form.formVersion())) {
            throw new ValidationException(new FieldError("formVersion", installed.title(), Wording.of(
                    "form.otherVersion", form.formVersion(), installed.version())));
        }
        return installed;
    }
}
