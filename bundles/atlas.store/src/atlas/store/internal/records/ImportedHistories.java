package atlas.store.internal.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientHistory;
import jakarta.persistence.EntityManager;

/**
 * Writes what another system sent of imported patients' care, in the transaction that registers
 * them: each episode with its diagnoses, then its past visits - the first an initial evaluation,
 * the rest daily visits, without a therapist of this clinic (they were seen elsewhere), completed
 * or called off as sent. Each record checked by its own rules and audited as created.
 */
final class ImportedHistories {

    /** Why an imported visit is called off: it was, in the system it came from. */
    static final String CALLED_OFF = "called off (imported)";

    private ImportedHistories() {
    }

    static void write(EntityManager em, List<Patient> patients, List<PatientHistory> histories, LocalDate today) {
        for (int i = 0; i < patients.size(); i++) {
            long patientId = patients.get(i).getId();
            for (PatientHistory.Episode sent : histories.get(i).episodes()) {
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
                    first = false;
                }
            }
        }
    }
}
