package atlas.core.episode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinic's week as the calendar shows it (issue 18): one column per open day and therapist,
 * each with the therapist's visits that day and the free time between them within the opening
 * hours - free slots of at least {@link #SLOT_MINUTES} minutes, where a visit can be booked.
 */
public final class WeekSchedule {

    /** The column of visits booked without a therapist (an id no therapist has). */
    public static final long NO_THERAPIST = 0L;
    /** The calendar's grid: visits start and move in quarter hours. */
    public static final int SLOT_MINUTES = 15;

    /** One therapist's day. */
    public record Column(LocalDate day, long clinicianId, List<ScheduledVisit> visits, List<FreeTime> free) {
    }

    /** Time a therapist has free, from {@code start} to {@code end}. */
    public record FreeTime(LocalDateTime start, LocalDateTime end) {
    }

    private WeekSchedule() {
    }

    /**
     * The columns of the week from {@code monday}: for each open day, each of {@code therapists}
     * in the order given, with their visits of {@code visits} that hold time (cancelled and missed
     * ones are left out: their time is free). Visits without a therapist fall in the column
     * {@link #NO_THERAPIST} when it is among {@code therapists}.
     */
    public static List<Column> columns(LocalDate monday, List<Long> therapists, List<ScheduledVisit> visits,
            OpeningHours hours) {
        Map<LocalDate, Map<Long, List<ScheduledVisit>>> byDayAndTherapist = new HashMap<>();
        for (ScheduledVisit each : visits) {
            Visit visit = each.visit();
            if (visit.getStatus().holdsTime()) {
                byDayAndTherapist.computeIfAbsent(visit.getStartsAt().toLocalDate(), day -> new HashMap<>())
                        .computeIfAbsent(visit.getClinicianId() == null ? NO_THERAPIST : visit.getClinicianId(),
                                id -> new ArrayList<>()).add(each);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (LocalDate day = monday; day.isBefore(monday.plusDays(7)); day = day.plusDays(1)) {
            if (!hours.days().contains(day.getDayOfWeek())) {
                continue;
            }
            Map<Long, List<ScheduledVisit>> ofDay = byDayAndTherapist.getOrDefault(day, Map.of());
            for (long therapist : therapists) {
                List<ScheduledVisit> theirs = new ArrayList<>(ofDay.getOrDefault(therapist, List.of()));
                theirs.sort(Comparator.comparing(v -> v.visit().getStartsAt()));
                columns.add(new Column(day, therapist, List.copyOf(theirs), free(day, theirs, hours)));
            }
        }
        return columns;
    }

    /** The gaps of at least a slot between {@code visits} (in time order) within the day's hours. */
    static List<FreeTime> free(LocalDate day, List<ScheduledVisit> visits, OpeningHours hours) {
        List<FreeTime> free = new ArrayList<>();
        LocalDateTime from = day.atTime(hours.opens());
        LocalDateTime closes = day.atTime(hours.closes());
        for (ScheduledVisit each : visits) {
            LocalDateTime start = each.visit().getStartsAt();
            if (start.isAfter(from) && !start.isBefore(from.plusMinutes(SLOT_MINUTES))) {
                free.add(new FreeTime(from, start.isAfter(closes) ? closes : start));
            }
            if (each.visit().endsAt().isAfter(from)) {
                from = each.visit().endsAt();
            }
            if (!from.isBefore(closes)) {
                return free;
            }
        }
        if (!from.plusMinutes(SLOT_MINUTES).isAfter(closes)) {
            free.add(new FreeTime(from, closes));
        }
        return free;
    }
}
