package atlas.core.patient;

import java.util.List;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.plan.PlanOfCare;
import atlas.core.redflag.RedFlagScreening;

/**
 * A patient's whole clinical record, as the overview and the charts need it, read at once.
 * Lists are in time order (oldest first) except episodes and plans (newest first).
 */
public record PatientRecord(Patient patient, List<EpisodeOfCare> episodes, List<Visit> visits,
        List<FormResponse> responses, List<Observation> observations, List<HeadacheDiaryEntry> diary,
        List<PlanOfCare> plans, List<RedFlagScreening> redFlagScreenings) {
}
