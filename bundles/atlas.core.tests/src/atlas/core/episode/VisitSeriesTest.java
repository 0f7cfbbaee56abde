package atlas.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import atlas.api.validation.FieldError;

/** Issue 18: a series from the plan falls on its days, is checked by field, and names its clashes. */
class VisitSeriesTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private static VisitSeries series(LocalDate first, Set<DayOfWeek> days, int count) {
        return new VisitSeries(1, 2, 3L, VisitType.DAILY, first, days, LocalTime.of(9, 0), 30, count);
    }

    @Test
    void twiceAWeekForSixWeeksIsTwelveVisitsOnItsDays() {
        SeriesPlan plan = new SeriesPlan(2, 6, null, null);
        assertEquals(12, VisitSeries.plannedCount(plan));
        assertEquals(8, VisitSeries.plannedCount(new SeriesPlan(2, 6, 8, null)), "planned visits, when stated, win");
        assertNull(VisitSeries.plannedCount(new SeriesPlan(null, 6, null, null)));
        List<Visit> visits = series(MONDAY.plusDays(1), VisitSeries.usualDays(2), 12).visits();
        assertEquals(12, visits.size());
        assertEquals(MONDAY.plusDays(3).atTime(9, 0), visits.get(0).getStartsAt(), "from a Tuesday: Thursday first");
        assertEquals(MONDAY.plusDays(7).atTime(9, 0), visits.get(1).getStartsAt());
        assertEquals(MONDAY.plusWeeks(6).atTime(9, 0), visits.get(11).getStartsAt());
        assertTrue(visits.stream().allMatch(v -> v.getDurationMinutes() == 30 && v.getClinicianId() == 3L
                && v.getType() == VisitType.DAILY && v.getStatus() == VisitStatus.BOOKED));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), VisitSeries.usualDays(3));
        assertEquals(7, VisitSeries.usualDays(9).size());
    }

    @Test
    void aBrokenSeriesNamesEachField() {
        LocalDate today = MONDAY;
        VisitSeries bad = new VisitSeries(1, 2, null, VisitType.DAILY, today.minusDays(1), Set.of(), null, 2,
                VisitSeries.COUNT_MAX + 1);
        assertEquals(List.of("clinician", "firstDay", "time", "durationMinutes", "count", "days"),
                bad.validate(today).stream().map(FieldError::field).toList());
        assertEquals(List.of(), series(today, Set.of(DayOfWeek.FRIDAY), 1).validate(today));
        assertEquals(List.of(), series(MONDAY, Set.of(), 3).visits(), "no days, no visits (and no endless walk)");
    }

    @Test
    void aClashIsListedWithTheFreeTimeThatDay() {
        Visit held = new Visit(9, 8, MONDAY.atTime(9, 15), 3L, VisitType.INITIAL_EVALUATION); // 09:15-10:15
        Visit late = new Visit(9, 8, MONDAY.plusDays(3).atTime(8, 45), 3L, VisitType.DAILY);
        late.setDurationMinutes((int) java.time.Duration.between(LocalTime.of(8, 45), OpeningHours.USUAL.closes())
                .toMinutes()); // the rest of the day taken
        Visit cancelled = new Visit(9, 8, MONDAY.plusDays(7).atTime(9, 0), 3L, VisitType.DAILY);
        cancelled.cancel("ill", LocalDateTime.of(2027, 1, 1, 8, 0));
        List<ProposedVisit> proposed = TherapistTime.propose(series(MONDAY, VisitSeries.usualDays(2), 3).visits(),
                List.of(held, late, cancelled), OpeningHours.USUAL);
        assertEquals(held, proposed.get(0).clash());
        assertEquals(MONDAY.atTime(10, 15), proposed.get(0).freeThatDay(), "right after the evaluation");
        assertEquals(late, proposed.get(1).clash());
        assertNull(proposed.get(1).freeThatDay(), "no room left that day before the clinic closes");
        assertTrue(proposed.get(2).free(), "a cancelled visit frees its time");
    }

    @Test
    void theClinicsOwnHoursMarkAVisitOutsideThemAndBoundTheFreeTime() {
        // a clinic open Monday to Thursday, 08:00 to 12:00
        OpeningHours mornings = new OpeningHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        Visit held = new Visit(9, 8, MONDAY.atTime(9, 0), 3L, VisitType.DAILY);
        held.setDurationMinutes(165); // 09:00-11:45: the 15 minutes left before noon are too short
        List<ProposedVisit> proposed = TherapistTime.propose(series(MONDAY,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 2).visits(), List.of(held), mornings);
        assertEquals(held, proposed.get(0).clash());
        assertNull(proposed.get(0).freeThatDay(), "11:45 to 12:15 runs past this clinic's noon closing");
        assertTrue(proposed.get(1).closed(), "Friday: the clinic is closed");
        assertNull(proposed.get(1).clash());
        assertEquals(false, proposed.get(1).free());
        Visit evening = new Visit(9, 8, MONDAY.atTime(11, 45), 3L, VisitType.DAILY);
        assertTrue(TherapistTime.propose(List.of(evening), List.of(), mornings).get(0).closed(),
                "ends after closing");
        assertTrue(TherapistTime.propose(List.of(evening), List.of(), OpeningHours.USUAL).get(0).free());
    }
}
