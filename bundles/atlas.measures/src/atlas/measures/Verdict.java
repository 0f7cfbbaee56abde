package atlas.measures;

/** A change against the baseline, judged against the measure's important change (MCID or MDC). */
public enum Verdict {
    IMPROVED, NO_IMPORTANT_CHANGE, WORSE;

    /** "improved", "no important change" or "worse" in the user's language. */
    public String label() {
        return MeasureWording.of("verdict." + name());
    }
}
