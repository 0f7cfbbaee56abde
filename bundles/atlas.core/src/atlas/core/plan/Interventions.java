package atlas.core.plan;

import java.util.List;
import java.util.Optional;

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

    /** One catalogue entry; {@code group} is manual, exercise, education, relaxation or modality. */
    public record Type(String code, String group, boolean needsRedFlagClearance) {
    }

    public static final List<Type> BUILT_IN = List.of(new Type("manual.mobilisation", "manual", true),
            new Type("manual.manipulation", "manual", true), new Type("manual.snag", "manual", true),
            new Type("manual.traction", "manual", true), new Type("manual.softTissue", "manual", false),
            new Type("manual.triggerPoint", "manual", false), new Type("manual.tmjMobilisation", "manual", false),
            new Type("exercise.dnf", "exercise", false), new Type("exercise.extensorScapular", "exercise", false),
            new Type("exercise.stretching", "exercise", false), new Type("exercise.motorControl", "exercise", false),
            new Type("education.pacing", "education", false), new Type("relaxation.breathing", "relaxation", false),
            new Type("modality.iceHeat", "modality", false));

    private Interventions() {
    }

    public static Optional<Type> find(String code) {
        return BUILT_IN.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** Whether the intervention is neck manual therapy or traction, which a red flag blocks. */
    public static boolean needsRedFlagClearance(String code) {
        return find(code).map(Type::needsRedFlagClearance).orElse(false);
    }
}
