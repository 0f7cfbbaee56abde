package atlas.api.plan;

/**
 * One entry of the intervention catalogue. {@code group} is manual, exercise, education,
 * relaxation or modality; {@code needsRedFlagClearance} marks neck mobilisation, manipulation,
 * SNAGs, traction and any clinic entry of that kind: the red-flag gate holds for it.
 *
 * @param code a stable code; a clinic's entries in its own namespace, e.g. "ch.seeblick.jawRelaxation"
 */
public record InterventionType(String code, String group, boolean needsRedFlagClearance) {
}
