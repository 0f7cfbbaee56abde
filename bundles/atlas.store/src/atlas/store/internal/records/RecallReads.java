package atlas.store.internal.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Recall;
import atlas.core.episode.Visit;
import atlas.core.plan.PlanStatus;
import jakarta.persistence.EntityManager;

/**
 * The recall list's reads: the open episodes with their patients' names, their visits and their
 * newest signed plans' re-evaluation dates - three queries, whatever the number of episodes -
 * judged by {@link Recall}.
 */
final class RecallReads {

    private static final List<EpisodeStatus> OPEN = List.of(EpisodeStatus.ACTIVE, EpisodeStatus.ON_HOLD);

    private RecallReads() {
    }

    static List<Recall.Line> lines(EntityManager em, LocalDateTime now) {
        List<Object[]> episodes = em.createQuery("SELECT e, p.recordNumber, p.familyName, p.givenName "
                + "FROM EpisodeOfCare e, Patient p WHERE p.id = e.patientId AND e.status IN :open", Object[].class)
                .setParameter("open", OPEN).getResultList();
        Map<Long, List<Visit>> visits = new HashMap<>();
        em.createQuery("SELECT v FROM Visit v, EpisodeOfCare e WHERE e.id = v.episodeId AND e.status IN :open",
                Visit.class).setParameter("open", OPEN).getResultStream()
                .forEach(visit -> visits.computeIfAbsent(visit.getEpisodeId(), id -> new ArrayList<>()).add(visit));
        Map<Long, LocalDate> reEvaluations = new HashMap<>();
        // the newest signed revision of each episode's plan decides; older ones come first and are replaced
        em.createQuery("SELECT p.episodeId, p.reEvaluationDate FROM PlanOfCare p, EpisodeOfCare e "
                + "WHERE e.id = p.episodeId AND e.status IN :open AND p.status = :signed ORDER BY p.revision",
                Object[].class).setParameter("open", OPEN).setParameter("signed", PlanStatus.SIGNED).getResultStream()
                .forEach(row -> reEvaluations.put((Long) row[0], (LocalDate) row[1]));
        List<Recall.Line> lines = new ArrayList<>();
        for (Object[] row : episodes) {
            EpisodeOfCare episode = (EpisodeOfCare) row[0];
            lines.addAll(Recall.of(episode, (String) row[1], row[2] + ", " + row[3],
                    visits.getOrDefault(episode.getId(), List.of()), reEvaluations.get(episode.getId()), now));
        }
        return Recall.sorted(lines);
    }
}
