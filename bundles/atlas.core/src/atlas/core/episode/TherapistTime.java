package atlas.core.episode;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A therapist's time as their visits take it (issue 18): a therapist is never booked twice at
 * once. The store refuses an overlapping visit; a booking proposes the next free start.
 */
public final class TherapistTime {

    private TherapistTime() {
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
