package atlas.core.episode;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A therapist's time as their visits take it (issue 18): a therapist is never booked twice at
 * once. The store refuses an overlapping visit; a booking proposes the next free start.
 */
public final class TherapistTime {

    private TherapistTime() {
    }

    /**
     * The visits of a series as the therapist's time stands: each free, or clashing with a visit
     * {@code held} (or an earlier one of the series) and then the first free start that day before
     * the clinic closes; or outside the clinic's {@code hours}.
     */
    public static List<ProposedVisit> propose(List<Visit> series, List<Visit> held, OpeningHours hours) {
        List<Visit> taken = new ArrayList<>(held);
        List<ProposedVisit> proposed = new ArrayList<>(series.size());
        for (Visit visit : series) {
            if (!hours.holds(visit.getStartsAt(), visit.getDurationMinutes())) {
                // not booked by a tick left on: the therapist's time stays as it is
                proposed.add(new ProposedVisit(visit, null, null, true));
                continue;
            }
            Visit clash = clash(visit, taken);
            LocalDateTime free = null;
            if (clash != null) {
                LocalDateTime start = nextFree(taken, visit.getStartsAt(), visit.getDurationMinutes());
                free = hours.holds(start, visit.getDurationMinutes()) ? start : null;
            }
            proposed.add(new ProposedVisit(visit, clash, free));
            taken.add(visit);
        }
        return proposed;
    }

    /** The first of {@code held} that {@code visit} would overlap (the visit itself left out); null if none. */
    public static Visit clash(Visit visit, List<Visit> held) {
        return held.stream().filter(other -> other.getStatus().holdsTime()
                && (visit.getId() == null || !visit.getId().equals(other.getId())) && visit.overlaps(other))
                .min(Comparator.comparing(Visit::getStartsAt)).orElse(null);
    }

    /**
     * The earliest start at or after {@code from} where {@code minutes} fit between the visits
     * {@code held} (cancelled and missed ones free their time).
     */
    public static LocalDateTime nextFree(List<Visit> held, LocalDateTime from, int minutes) {
        List<Visit> ordered = held.stream().filter(visit -> visit.getStatus().holdsTime())
                .sorted(Comparator.comparing(Visit::getStartsAt)).toList();
        LocalDateTime start = from;
        for (Visit visit : ordered) {
            if (visit.getStartsAt().isBefore(start.plusMinutes(minutes)) && start.isBefore(visit.endsAt())) {
                start = visit.endsAt();
            }
        }
        return start;
    }
}
