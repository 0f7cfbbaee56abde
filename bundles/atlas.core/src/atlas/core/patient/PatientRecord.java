package atlas.core.patient;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanStatus;
import atlas.core.redflag.RedFlagScreening;

/**
 * A patient's whole clinical record, as the overview and the charts need it, read at once.
 * Lists are in time order (oldest first) except episodes and plans (newest first).
 */
public record PatientRecord(Patient patient, List<EpisodeOfCare> episodes, List<Visit> visits,
        List<FormResponse> responses, List<Observation> observations, List<HeadacheDiaryEntry> diary,
        List<PlanOfCare> plans, List<RedFlagScreening> redFlagScreenings) {

    /** The episode being treated now: the newest active one. */
    public Optional<EpisodeOfCare> activeEpisode() {
        return episodes.stream().filter(EpisodeOfCare::isActive).findFirst();
    }

    /** The episode charts and reports are about: the active one, else the one that started last. */
    public Optional<EpisodeOfCare> currentEpisode() {
        return activeEpisode().or(() -> episodes.stream().max(Comparator.comparing(EpisodeOfCare::getStartDate)));
    }

    /** The signed (current) revision of an episode's plan of care. */
    public Optional<PlanOfCare> signedPlanOf(long episodeId) {
        return plans.stream().filter(plan -> plan.getEpisodeId() == episodeId && plan.getStatus() == PlanStatus.SIGNED)
                .findFirst();
    }
}
