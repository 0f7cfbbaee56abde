package atlas.plans.ui;

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

    /** A decimal as typed, with a comma or a point; null when blank or not a number. */
    static Double decimal(String typed) {
        try {
            return typed.isBlank() ? null : Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
