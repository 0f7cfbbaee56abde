package atlas.measures;

/**
 * A severity band of a score, e.g. NDI "moderate". {@code code} is stable ("ndi.moderate") and
 * names the wording; {@code rank} orders the bands of one measure from best (0) to worst.
 */
public record Band(String code, int rank) {

    /** The band's name in the user's language. */
    public String label() {
        return ClinicMeasures.bandLabel(code).orElseGet(() -> MeasureWording.of("band." + code));
    }
}
