package atlas.core.episode;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;

/**
 * When the clinic sees patients (Administration > Clinic Details): the calendar draws these hours
 * on these days, and a series's proposal marks a visit outside them. One opening and one closing
 * time for every open day; a clinic that has not set its own keeps the usual hours of a practice,
 * Monday to Friday, 07:00 to 20:00.
 */
public record OpeningHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    public static final OpeningHours USUAL = new OpeningHours(LocalTime.of(7, 0), LocalTime.of(20, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final String OPENS = "opens";
    public static final String CLOSES = "closes";
    public static final String DAYS = "openDays";
    /** The shortest day the calendar draws: an hour, four of its quarter-hour slots. */
    public static final int SHORTEST_MINUTES = 60;

    public OpeningHours {
        days = days == null ? Set.of() : Set.copyOf(days);
    }

    /** Whether {@code minutes} from {@code start} lie within the hours of an open day. */
    public boolean holds(LocalDateTime start, int minutes) {
        LocalDateTime end = start.plusMinutes(minutes);
        return days.contains(start.getDayOfWeek()) && !start.toLocalTime().isBefore(opens)
                && end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().isAfter(closes);
    }

    /**
     * What keeps these hours from a calendar: both times given and on the quarter hour (the
     * calendar's slots), closing at least an hour after opening, at least one day open.
     */
    public List<FieldError> validate() {
        FieldRules rules = new FieldRules();
        if (opens == null) {
            rules.add(OPENS, "Opens", "hours.time");
        } else if (!onQuarter(opens)) {
            rules.add(OPENS, "Opens", "hours.quarter", opens);
        }
        if (closes == null) {
            rules.add(CLOSES, "Closes", "hours.time");
        } else if (!onQuarter(closes)) {
            rules.add(CLOSES, "Closes", "hours.quarter", closes);
        } else if (opens != null && (closes.isBefore(opens.plusMinutes(SHORTEST_MINUTES))
                || opens.isAfter(LocalTime.MAX.minusMinutes(SHORTEST_MINUTES)))) {
            rules.add(CLOSES, "Closes", "hours.closesAfterOpening", opens);
        }
        if (days.isEmpty()) {
            rules.add(DAYS, "Open days", "hours.noDay");
        }
        return rules.errors();
    }

    private static boolean onQuarter(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % WeekSchedule.SLOT_MINUTES == 0;
    }
}
