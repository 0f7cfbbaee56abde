package atlas.plans.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.PlanStatus;
import atlas.measures.Measures;

/** The plan's coded values and dosages in the user's language. */
final class PlanTexts {

    private PlanTexts() {
    }

    static String status(PlanStatus status) {
        return switch (status) {
        case DRAFT -> Messages.plan_statusDraft;
        case SIGNED -> Messages.plan_statusSigned;
        case SUPERSEDED -> Messages.plan_statusSuperseded;
        };
    }

    static String term(GoalTerm term) {
        return term == GoalTerm.SHORT ? Messages.plan_termShort : Messages.plan_termLong;
    }

    /** "3 x 10, hold 10 s, 24 mmHg, C1-C2, grade III, 10 min, 7 x/week", what is set of it. */
    static String dosage(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        if (dosage.getSets() != null || dosage.getReps() != null) {
            parts.add(NLS.bind(Messages.dosage_setsReps, text(dosage.getSets()), text(dosage.getReps())));
        }
        if (dosage.getHoldSeconds() != null) {
            parts.add(NLS.bind(Messages.dosage_hold, dosage.getHoldSeconds()));
        }
        for (String text : new String[] { dosage.getLoadOrStage(), dosage.getSideOrSegment() }) {
            if (text != null && !text.isBlank()) {
                parts.add(text);
            }
        }
        if (dosage.getGrade() != null) {
            parts.add(NLS.bind(Messages.dosage_grade, dosage.getGrade()));
        }
        if (dosage.getMinutes() != null) {
            parts.add(NLS.bind(Messages.dosage_minutes, dosage.getMinutes()));
        }
        if (dosage.getTimesPerWeek() != null) {
            parts.add(NLS.bind(Messages.dosage_perWeek, dosage.getTimesPerWeek()));
        }
        return String.join(", ", parts);
    }

    /** A result or target as typed: whole numbers without decimals, others to one decimal. */
    static String number(Double value) {
        return value == null ? "" : value == Math.rint(value) ? Long.toString(value.longValue())
                : String.format("%.1f", value);
    }

    /** The goal's measure, and the activity of a single-activity PSFS goal. */
    static String measure(Goal goal) {
        String title = Measures.title(goal.getMeasureCode());
        return goal.getDescription() == null || goal.getDescription().isBlank() ? title
                : title + ": " + goal.getDescription();
    }

    private static String text(Integer value) {
        return value == null ? "?" : value.toString();
    }
}
