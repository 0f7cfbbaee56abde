package atlas.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;

/**
 * What the documentation cycle asks for next (clinical reference, "Documentation lifecycle"): a
 * progress report commonly every 10 visits, and the re-evaluation at the plan's date.
 */
public final class PlanReminders {

    /** Visits after which a progress report is due. */
    public static final int PROGRESS_REPORT_EVERY = 10;

    /** A reminder; {@code date} is the re-evaluation date, {@code visits} the visits since the last report. */
    public record Reminder(Kind kind, LocalDate date, int visits) {
    }

    public enum Kind {
        PROGRESS_REPORT_DUE, RE_EVALUATION_DUE
    }

    private PlanReminders() {
    }

    /**
     * @param plan   the episode's signed plan, or null
     * @param visits the episode's visits in time order
     */
    public static List<Reminder> due(PlanOfCare plan, List<Visit> visits, LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        int sinceReport = 0;
        for (Visit visit : visits) {
            boolean report = visit.getType() == VisitType.INITIAL_EVALUATION
                    || visit.getType() == VisitType.PROGRESS_REPORT || visit.getType() == VisitType.RE_EVALUATION;
            sinceReport = report ? 0 : sinceReport + 1;
        }
        if (sinceReport >= PROGRESS_REPORT_EVERY - 1 && !visits.isEmpty()) {
            // the next visit is the 10th since the last report: it should be the progress report
            due.add(new Reminder(Kind.PROGRESS_REPORT_DUE, null, sinceReport));
        }
        if (plan != null && plan.getReEvaluationDate() != null && !today.isBefore(plan.getReEvaluationDate())
                && visits.stream().noneMatch(visit -> visit.getType() == VisitType.RE_EVALUATION
                        && !visit.getStartsAt().toLocalDate().isBefore(plan.getReEvaluationDate()))) {
            due.add(new Reminder(Kind.RE_EVALUATION_DUE, plan.getReEvaluationDate(), 0));
        }
        return due;
    }
}
