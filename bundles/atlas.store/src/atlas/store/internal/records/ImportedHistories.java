package atlas.store.internal.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import atlas.api.form.FormDefinition;
import atlas.api.validation.FieldError;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientHistory;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;

/**
 * Writes what another system sent of imported patients' care, in the transaction that registers
 * them: each episode with its diagnoses, then its past visits - the first an initial evaluation,
 * the rest daily visits, without a therapist of this clinic (they were seen elsewhere), completed
 * or called off as sent - with the forms filled at them, scored again by the installed form of the
 * same version ({@link InstalledForms}); then the headache diary and the red-flag screenings. A
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
            for (RedFlagScreening screening : history.redFlags()) {
                if (!screening.flags().isEmpty() && !screening.isOpen()) {
                    throw new IllegalArgumentException("an imported red flag is acknowledged here, not brought in acknowledged");
                }
                screening.assignTo(patientId);
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
        boolean first = true;
        for (PatientHistory.PastVisit past : sent.visits()) {
            Visit visit = new Visit(patientId, episode.getId(), past.startsAt(), null,
                    first ? VisitType.INITIAL_EVALUATION : VisitType.DAILY);
            visit.setDurationMinutes(past.minutes());
            if (past.status() == VisitStatus.COMPLETED) {
                visit.complete();
            } else {
                // a day before it: called off in time, as the other system cannot tell
                visit.cancel(CALLED_OFF, past.startsAt().minusDays(1));
            }
            Records.create(em, visit, visit.validate(), "Visit", Visit::getId, patientId, "imported");
            for (PatientHistory.FilledForm form : past.forms()) {
                InstalledForms.write(em, visit, InstalledForms.score(definition(form), form.answers()));
            }
            first = false;
        }
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
