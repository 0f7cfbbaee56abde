package atlas.core.plan;

import java.util.List;
import java.util.Optional;

import atlas.api.plan.InterventionType;

/**
 * The intervention catalogue of the clinical reference ("Plan of care"): manual therapy
 * (mobilisation grades I-IV, manipulation, C1-C2 self-SNAG, soft tissue / massage, trigger-point
 * therapy, cervical traction, TMJ mobilisation), exercise (deep neck flexor training on the CCFT
 * stages, extensor and scapular endurance, stretching, motor control and posture), education and
 * pacing, relaxation and breathing, and ice or heat.
 * <p>
 * Neck mobilisation, manipulation, SNAGs and cervical traction need red-flag clearance: a plan
 * with them cannot be signed while a positive red flag of the patient is unacknowledged (clinical
 * reference, "Red flags at intake"; cervical arterial dysfunction screen before neck manual therapy).
 */
public final class Interventions {

    public static final List<InterventionType> BUILT_IN = List.of(new InterventionType("manual.mobilisation", "manual", true),
            new InterventionType("manual.manipulation", "manual", true), new InterventionType("manual.snag", "manual", true),
            new InterventionType("manual.traction", "manual", true), new InterventionType("manual.softTissue", "manual", false),
            new InterventionType("manual.triggerPoint", "manual", false), new InterventionType("manual.tmjMobilisation", "manual", false),
            new InterventionType("exercise.dnf", "exercise", false), new InterventionType("exercise.extensorScapular", "exercise", false),
            new InterventionType("exercise.stretching", "exercise", false), new InterventionType("exercise.motorControl", "exercise", false),
            new InterventionType("education.pacing", "education", false), new InterventionType("relaxation.breathing", "relaxation", false),
            new InterventionType("modality.iceHeat", "modality", false));

    private Interventions() {
    }

    public static Optional<InterventionType> find(String code) {
        return BUILT_IN.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** Whether the intervention is neck manual therapy or traction, which a red flag blocks. */
    public static boolean needsRedFlagClearance(String code) {
        return find(code).map(InterventionType::needsRedFlagClearance).orElse(false);
    }
}
