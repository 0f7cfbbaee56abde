package atlas.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.plan.PlanReminders.Kind;

/** A progress report every 10 visits, and the re-evaluation at the plan's date. */
class PlanRemindersTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private static List<Visit> visits(VisitType first, int dailyAfter) {
        List<Visit> visits = new ArrayList<>();
        visits.add(new Visit(1, 1, START.atTime(9, 0), null, first));
        for (int i = 1; i <= dailyAfter; i++) {
            visits.add(new Visit(1, 1, LocalDateTime.of(START.plusDays(i * 3L), java.time.LocalTime.of(9, 0)), null,
                    VisitType.DAILY));
        }
        return visits;
    }

    @Test
    void theTenthVisitSinceTheLastReportShouldBeTheProgressReport() {
        assertEquals(List.of(), PlanReminders.due(null, visits(VisitType.INITIAL_EVALUATION, 8), START));
        assertEquals(List.of(Kind.PROGRESS_REPORT_DUE), PlanReminders.due(null,
                visits(VisitType.INITIAL_EVALUATION, 9), START).stream().map(PlanReminders.Reminder::kind).toList());
        List<Visit> reported = visits(VisitType.INITIAL_EVALUATION, 9);
        reported.add(new Visit(1, 1, START.plusDays(40).atTime(9, 0), null, VisitType.PROGRESS_REPORT));
        assertEquals(List.of(), PlanReminders.due(null, reported, START));
    }

    @Test
    void theReEvaluationIsDueFromThePlansDateUntilOneTakesPlace() {
        PlanOfCare plan = new PlanOfCare(1, 1, 1, null);
        plan.setReEvaluationDate(START.plusWeeks(6));
        List<Visit> visits = visits(VisitType.INITIAL_EVALUATION, 3);
        assertEquals(List.of(), PlanReminders.due(plan, visits, START.plusWeeks(6).minusDays(1)));
        assertEquals(List.of(new PlanReminders.Reminder(Kind.RE_EVALUATION_DUE, START.plusWeeks(6), 0)),
                PlanReminders.due(plan, visits, START.plusWeeks(6)));
        visits.add(new Visit(1, 1, START.plusWeeks(6).atTime(9, 0), null, VisitType.RE_EVALUATION));
        assertEquals(List.of(), PlanReminders.due(plan, visits, START.plusWeeks(7)));
    }
}
