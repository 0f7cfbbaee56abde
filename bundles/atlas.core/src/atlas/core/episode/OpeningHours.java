package atlas.core.episode;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the clinic sees patients: the calendar draws these hours, and free time is looked for only
 * within them. Until the clinic keeps its own, the usual hours of a practice: Monday to Friday,
 * 07:00 to 20:00.
 */
public record OpeningHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    public static final OpeningHours USUAL = new OpeningHours(LocalTime.of(7, 0), LocalTime.of(20, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public OpeningHours {
        days = Set.copyOf(days);
    }

    /** Whether {@code minutes} from {@code start} lie within the hours of an open day. */
    public boolean holds(LocalDateTime start, int minutes) {
        LocalDateTime end = start.plusMinutes(minutes);
        return days.contains(start.getDayOfWeek()) && !start.toLocalTime().isBefore(opens)
                && end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().isAfter(closes);
    }
}
