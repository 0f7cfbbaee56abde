package atlas.core.episode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;

/**
 * A run of treatment visits booked together from the signed plan of care (issue 18): so many
 * visits, on the chosen days of the week at one time, with one therapist, from a first day on. A
 * plan's "2 sessions a week for 6 weeks" becomes 12 visits on, say, Mondays and Thursdays.
 *
 * @param days the days of the week the visits fall on; as many a week as days chosen
 */
public record VisitSeries(long patientId, long episodeId, Long clinicianId, VisitType type, LocalDate firstDay,
        Set<DayOfWeek> days, LocalTime at, int minutes, int count) {

    /** The most visits one series books: a plan's longest usual course, 3 a week for half a year. */
    public static final int COUNT_MAX = 80;
    /** A series is booked at most this far ahead of today. */
    public static final int FIRST_DAY_MAX_DAYS_AHEAD = 366;

    public VisitSeries {
        days = days == null ? Set.of() : Set.copyOf(days);
    }

    /**
     * The days of the week a plan's {@code sessionsPerWeek} usually fall on, spread over the week
     * so a tissue has days to recover between sessions: 1 Monday; 2 Monday and Thursday; 3 Monday,
     * Wednesday and Friday; 4 without Wednesday; 5 and more the working days, then Saturday, Sunday.
     */
    public static Set<DayOfWeek> usualDays(int sessionsPerWeek) {
        return switch (Math.max(1, Math.min(7, sessionsPerWeek))) {
            case 1 -> EnumSet.of(DayOfWeek.MONDAY);
            case 2 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            case 3 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            case 4 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            case 5 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            case 6 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
            default -> EnumSet.allOf(DayOfWeek.class);
        };
    }

    /** The visits a plan asks for: its planned visits when stated, else sessions a week times weeks. */
    public static Integer plannedCount(SeriesPlan plan) {
        if (plan.plannedVisits() != null) {
            return plan.plannedVisits();
        }
        return plan.sessionsPerWeek() == null || plan.weeks() == null ? null : plan.sessionsPerWeek() * plan.weeks();
    }

    /** The series's rules, each error naming its field and what is allowed, for every caller. */
    public List<FieldError> validate(LocalDate today) {
        FieldRules rules = new FieldRules()
                .required("clinician", "Therapist", clinicianId, "allowed.clinician")
                .required("type", "Visit type", type, "allowed.visitType")
                .dateBetween("firstDay", "First day", firstDay, today, today.plusDays(FIRST_DAY_MAX_DAYS_AHEAD))
                .required("time", "Time", at, "allowed.visitDateTime")
                .range("durationMinutes", "Duration", minutes, Visit.DURATION_MIN, Visit.DURATION_MAX)
                .range("count", "Number of visits", count, 1, COUNT_MAX);
        if (days.isEmpty()) {
            rules.add("days", "Days of the week", "series.noDays");
        }
        return rules.errors();
    }

    /** The series's visits in time order, on its days from its first day on, none saved. */
    public List<Visit> visits() {
        List<Visit> visits = new ArrayList<>(count);
        for (LocalDate day = firstDay; visits.size() < count && !days.isEmpty(); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                Visit visit = new Visit(patientId, episodeId, day.atTime(at), clinicianId, type);
                visit.setDurationMinutes(minutes);
                visits.add(visit);
            }
        }
        return visits;
    }
}
