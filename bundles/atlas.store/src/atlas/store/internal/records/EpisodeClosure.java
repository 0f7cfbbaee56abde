package atlas.store.internal.records;

import atlas.api.validation.FieldError;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * A discharged or cancelled episode is closed (issue 18): no new visits, and no changes to its
 * visits, notes, forms, plan or interventions given until it is reopened - checked inside the
 * writing transaction by every service that writes them, so no caller passes around it. Addenda
 * stay possible: they correct a signed note without changing it.
 */
final class EpisodeClosure {

    private EpisodeClosure() {
    }

    /**
     * The episode read locked (SELECT ... FOR UPDATE) for the caller's transaction: a discharge on
     * another workstation waits for this write, or this write waits for it and then sees the episode
     * closed - never both at once.
     */
    static EpisodeOfCare locked(EntityManager em, long episodeId) {
        EpisodeOfCare episode = em.find(EpisodeOfCare.class, episodeId, LockModeType.PESSIMISTIC_WRITE);
        if (episode == null) {
            throw new IllegalArgumentException("Episode of care " + episodeId + " does not exist");
        }
        return episode;
    }

    /** Refuses the write when the episode is closed, naming the day it ended. */
    static void requireOpen(EntityManager em, long episodeId) {
        EpisodeOfCare episode = locked(em, episodeId);
        if (episode.isClosed()) {
            throw new ValidationException(new FieldError("episode", Wording.label("episode", "Episode of care"),
                    Wording.of("episode.closed", episode.getEndDate() == null ? "" : episode.getEndDate())));
        }
    }

    /** As {@link #requireOpen}, for the episode of the visit {@code visitId}. */
    static void requireOpenVisit(EntityManager em, long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit != null) {
            requireOpen(em, visit.getEpisodeId());
        }
    }
}
