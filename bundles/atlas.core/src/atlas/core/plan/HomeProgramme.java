package atlas.core.plan;

import java.util.List;

/**
 * What a plan's home programme may hand to the patient, as the plan of care service decides it:
 * the home exercises of a signed plan, or of a draft without any intervention that waits for
 * red-flag clearance (those are named in {@code leftOut}, and a draft's handout says it is one).
 *
 * @param plan      the plan it comes from
 * @param draft     true when the plan is not signed yet: the handout is marked as a draft
 * @param exercises the home exercises to print, in the plan's order
 * @param leftOut   codes of home exercises left out because the draft is not signed
 */
public record HomeProgramme(PlanOfCare plan, boolean draft, List<PlannedIntervention> exercises, List<String> leftOut) {

    public HomeProgramme {
        exercises = List.copyOf(exercises);
        leftOut = List.copyOf(leftOut);
    }
}
