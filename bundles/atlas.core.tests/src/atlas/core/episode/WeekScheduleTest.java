package atlas.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.episode.WeekSchedule.Column;
import atlas.core.episode.WeekSchedule.FreeTime;

/** Issue 18: the calendar's week - a column per open day and therapist, free time between visits. */
class WeekScheduleTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private static ScheduledVisit visit(long therapist, LocalDateTime at, int minutes) {
        Visit visit = new Visit(1, 2, at, therapist, VisitType.DAILY);
        visit.setDurationMinutes(minutes);
        return new ScheduledVisit(visit, "P-1", "Keller, Anna");
    }

    @Test
    void eachOpenDayHasAColumnPerTherapistWithItsVisitsAndTheFreeTimeBetween() {
        ScheduledVisit early = visit(7, MONDAY.atTime(7, 0), 60);
        ScheduledVisit late = visit(7, MONDAY.atTime(8, 10), 30); // 10 minutes between: no slot
        ScheduledVisit noon = visit(7, MONDAY.atTime(12, 0), 45);
        ScheduledVisit cancelled = visit(7, MONDAY.atTime(15, 0), 30);
        cancelled.visit().cancel("ill", MONDAY.atTime(6, 0));
        ScheduledVisit saturday = visit(7, MONDAY.plusDays(5).atTime(9, 0), 30);
        ScheduledVisit others = visit(8, MONDAY.plusDays(1).atTime(9, 0), 30);
        List<Column> columns = WeekSchedule.columns(MONDAY, List.of(7L, 8L),
                List.of(noon, early, late, cancelled, saturday, others), OpeningHours.USUAL);
        assertEquals(10, columns.size(), "five open days, two therapists");
        Column monday7 = columns.get(0);
        assertEquals(MONDAY, monday7.day());
        assertEquals(7L, monday7.clinicianId());
        assertEquals(List.of(early, late, noon), monday7.visits(), "in time order, the cancelled one left out");
        assertEquals(List.of(new FreeTime(MONDAY.atTime(8, 40), MONDAY.atTime(12, 0)),
                new FreeTime(MONDAY.atTime(12, 45), MONDAY.atTime(20, 0))), monday7.free());
        assertEquals(List.of(others), columns.get(3).visits(), "Tuesday, the second therapist");
        assertEquals(List.of(new FreeTime(MONDAY.atTime(7, 0), MONDAY.atTime(20, 0))), columns.get(1).free(),
                "a day without visits is free from opening to closing");
        assertTrue(columns.stream().noneMatch(c -> c.day().equals(MONDAY.plusDays(5))), "closed on Saturday");
    }

    @Test
    void theHoursHoldAVisitOnlyWithinAnOpenDay() {
        assertTrue(OpeningHours.USUAL.holds(MONDAY.atTime(19, 30), 30));
        assertEquals(false, OpeningHours.USUAL.holds(MONDAY.atTime(19, 45), 30), "runs past closing");
        assertEquals(false, OpeningHours.USUAL.holds(MONDAY.atTime(6, 45), 30), "before opening");
        assertEquals(false, OpeningHours.USUAL.holds(MONDAY.plusDays(6).atTime(10, 0), 30), "Sunday");
    }

    @Test
    void aVisitBookedWithoutATherapistHasAColumnOfItsOwn() {
        Visit unassigned = new Visit(1, 2, MONDAY.atTime(9, 0), null, VisitType.INITIAL_EVALUATION);
        ScheduledVisit shown = new ScheduledVisit(unassigned, "P-1", "Keller, Anna");
        List<Column> columns = WeekSchedule.columns(MONDAY, List.of(7L, WeekSchedule.NO_THERAPIST), List.of(shown),
                OpeningHours.USUAL);
        assertEquals(List.of(shown), columns.get(1).visits());
        assertEquals(List.of(), WeekSchedule.columns(MONDAY, List.of(7L), List.of(shown), OpeningHours.USUAL).get(0)
                .visits());
    }

    @Test
    void openingHoursAreCheckedByFieldWithTheAllowedValue() {
        assertEquals(List.of(), OpeningHours.USUAL.validate());
        java.util.Set<DayOfWeek> weekdays = java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        List<atlas.api.validation.FieldError> offQuarter = new OpeningHours(java.time.LocalTime.of(7, 10),
                java.time.LocalTime.of(19, 50), weekdays).validate();
        assertEquals(List.of("opens", "closes"), offQuarter.stream().map(e -> e.field()).toList());
        assertTrue(offQuarter.get(0).message().contains("07:10"), offQuarter.get(0).message());
        assertEquals(List.of("closes"), new OpeningHours(java.time.LocalTime.of(12, 0), java.time.LocalTime.of(12, 45),
                weekdays).validate().stream().map(e -> e.field()).toList(), "shorter than an hour");
        assertEquals(List.of("closes"), new OpeningHours(java.time.LocalTime.of(23, 15), java.time.LocalTime.of(0, 15),
                weekdays).validate().stream().map(e -> e.field()).toList(), "closing past midnight");
        assertEquals(List.of("opens", "openDays"), new OpeningHours(null, java.time.LocalTime.of(12, 0),
                java.util.Set.of()).validate().stream().map(e -> e.field()).toList());
    }
}
