package atlas.store.internal.records;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.redflag.RedFlagGate;
import atlas.core.redflag.RedFlagScreening;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;

/**
 * The red-flag gate as the services apply it inside their transaction, so the state judged is the
 * state the write commits against: signing a plan, recording an intervention given and producing a
 * home programme all pass here ({@link RedFlagGate}).
 */
public final class RedFlagClearance {

    private RedFlagClearance() {
    }

    /** The gate's state for the episode, from every screening of its patient. */
    static RedFlagGate.Clearance of(EntityManager em, long episodeId) {
        EpisodeOfCare episode = Records.existing(em, EpisodeOfCare.class, episodeId, "Episode of care");
        List<RedFlagScreening> screenings = em.createQuery(
                "SELECT s FROM RedFlagScreening s WHERE s.patientId = :patient ORDER BY s.screenedAt, s.id",
                RedFlagScreening.class).setParameter("patient", episode.getPatientId()).getResultList();
        return RedFlagGate.of(episode, screenings);
    }

    /**
     * Refuses {@code action} when any of {@code gated} (codes that need clearance) is asked for and
     * the episode is not cleared; the refusal names the interventions by {@code title}.
     */
    static void require(EntityManager em, long episodeId, Collection<String> gated, Function<String, String> title,
            RedFlagGate.Action action) {
        if (gated.isEmpty()) {
            return;
        }
        RedFlagGate.Clearance clearance = of(em, episodeId);
        if (!clearance.cleared()) {
            throw new ValidationException(new FieldError("redFlags", Wording.label("redFlags", "Red flags"),
                    RedFlagGate.refusal(action, gated.stream().distinct().map(title).toList(), clearance)));
        }
    }
}
