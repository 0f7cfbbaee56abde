package atlas.measures;

import java.util.Optional;

/**
 * "Headache attributed to TMD" as the DC/TMD diagnostic criteria define it (Schiffman et al. 2014,
 * J Oral Facial Pain Headache 28:6, Figure 2):
 * <ul>
 * <li>history: headache of any type in the temple area, and the headache modified by jaw movement,
 * function or parafunction;</li>
 * <li>examination: familiar headache in the temple area on palpation of the temporalis muscle, or on
 * jaw movement (maximum unassisted or assisted opening, lateral or protrusive movements);</li>
 * <li>and a painful TMD (myalgia or arthralgia) - the headache is secondary to it.</li>
 * </ul>
 * Empty while the history or the examination was not recorded: then nothing is claimed either way.
 */
public final class TmdHeadache {

    private TmdHeadache() {
    }

    /**
     * @param templeHeadache          headache in the temple area (history, last 30 days)
     * @param modifiedByJaw           modified by jaw movement, function or parafunction (history)
     * @param painfulTmd              myalgia or arthralgia found
     * @param familiarOnPalpation     familiar headache on temporalis palpation (either side)
     * @param familiarOnMovement      familiar headache on opening or lateral or protrusive movement
     */
    public static Optional<Boolean> attributed(Boolean templeHeadache, Boolean modifiedByJaw, Boolean painfulTmd,
            Boolean familiarOnPalpation, Boolean familiarOnMovement) {
        if (templeHeadache == null || modifiedByJaw == null || (familiarOnPalpation == null && familiarOnMovement == null)) {
            return Optional.empty();
        }
        boolean history = templeHeadache && modifiedByJaw;
        boolean examination = Boolean.TRUE.equals(familiarOnPalpation) || Boolean.TRUE.equals(familiarOnMovement);
        return Optional.of(history && examination && Boolean.TRUE.equals(painfulTmd));
    }
}
