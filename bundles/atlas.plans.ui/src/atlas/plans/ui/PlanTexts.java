package atlas.plans.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import atlas.core.plan.Dosage;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.PlanStatus;

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

    private static String text(Integer value) {
        return value == null ? "?" : value.toString();
    }
}
