package atlas.store.internal.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import atlas.api.validation.FieldError;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.ProposedVisit;
import atlas.core.episode.SeriesPlan;
import atlas.core.episode.TherapistTime;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitSeries;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanStatus;
import atlas.core.validation.FieldRules;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;

/**
 * Appointment series from the signed plan of care (issue 18), inside the caller's transaction:
 * proposed against the therapist's time before anything is saved, then booked all at once - each
 * visit checked as a single booking is, with the therapist's row locked, so a visit taken on
 * another workstation meanwhile refuses the whole series and nothing is half-booked.
 */
final class SeriesBookings {

    private SeriesBookings() {
    }

    /** The newest signed revision's frequency and length; empty when no plan is signed. */
    static Optional<SeriesPlan> plan(EntityManager em, long episodeId) {
        return em.createQuery("SELECT p FROM PlanOfCare p WHERE p.episodeId = :episode AND p.status = :signed "
                + "ORDER BY p.revision DESC", PlanOfCare.class).setParameter("episode", episodeId)
                .setParameter("signed", PlanStatus.SIGNED).setMaxResults(1).getResultStream().findFirst()
                .map(plan -> new SeriesPlan(plan.getSessionsPerWeek(), plan.getWeeks(), plan.getPlannedVisits(),
                        plan.getReEvaluationDate()));
    }

    static List<ProposedVisit> propose(EntityManager em, VisitSeries series) {
        ValidationException.throwIfAny(series.validate(LocalDate.now()));
        EpisodeOfCare episode = em.find(EpisodeOfCare.class, series.episodeId());
        if (episode == null) {
            throw new IllegalArgumentException("Episode of care " + series.episodeId() + " does not exist");
        }
        if (episode.isClosed()) {
            throw new ValidationException(new FieldError("episode", Wording.label("episode", "Episode of care"),
                    Wording.of("episode.closed", episode.getEndDate() == null ? "" : episode.getEndDate())));
        }
        List<Visit> visits = series.visits();
        // to the end of the last day: a clash's free time that day is later than the series's time
        return TherapistTime.propose(visits, TherapistBookings.held(em, series.clinicianId(),
                visits.get(0).getStartsAt().minusMinutes(Visit.DURATION_MAX),
                visits.get(visits.size() - 1).getStartsAt().toLocalDate().plusDays(1).atStartOfDay()),
                JpaClinicService.hours(em));
    }

    /** Books every one of {@code visits} or, refused, none: the caller's transaction rolls back. */
    static List<Visit> book(EntityManager em, List<Visit> visits) {
        FieldRules rules = new FieldRules();
        if (visits.isEmpty()) {
            rules.add("series", "Series", "series.none");
        } else if (visits.size() > VisitSeries.COUNT_MAX) {
            rules.add("series", "Series", "series.tooMany", visits.size(), VisitSeries.COUNT_MAX);
        } else if (visits.stream().anyMatch(visit -> visit.getEpisodeId() != visits.get(0).getEpisodeId()
                || visit.getPatientId() != visits.get(0).getPatientId() || visit.getId() != null)) {
            rules.add("series", "Series", "series.notOneEpisode");
        }
        ValidationException.throwIfAny(rules.errors());
        EpisodeClosure.requireOpen(em, visits.get(0).getEpisodeId());
        List<Visit> booked = new ArrayList<>(visits.size());
        for (Visit visit : visits.stream().map(SeriesBookings::fresh).sorted(Comparator.comparing(
                Visit::getStartsAt, Comparator.nullsFirst(Comparator.naturalOrder()))).toList()) {
            ValidationException.throwIfAny(visit.validate());
            TherapistBookings.requireFree(em, visit);
            booked.add(Records.create(em, visit, List.of(), "Visit", Visit::getId, visit.getPatientId(),
                    visit.getType() + " " + visit.getStartsAt() + " (series)"));
            em.flush(); // the next visit's check sees this one: a series never overlaps itself
        }
        return booked;
    }

    /**
     * A new visit as {@code proposed} says, saved in its stead: the caller's visits stay unsaved
     * when the series is refused, so the same series can be booked again once a time is changed.
     */
    private static Visit fresh(Visit proposed) {
        Visit visit = new Visit(proposed.getPatientId(), proposed.getEpisodeId(), proposed.getStartsAt(),
                proposed.getClinicianId(), proposed.getType());
        visit.setDurationMinutes(proposed.getDurationMinutes());
        return visit;
    }
}
