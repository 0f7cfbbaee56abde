package atlas.api.form;

/**
 * One result of a scored form, stored as an {@link Observation} of {@code measureCode}.
 *
 * @param measureCode      e.g. "ndi", "ndi.percent", "frt.left"
 * @param title            what the result is, in the user's language
 * @param value            the number
 * @param unit             "points", "days", "degrees", "mm", ...
 * @param band             the severity band in the user's language, or null
 * @param importantChange  the change that counts (MCID or MDC), or null where none is known
 * @param lowerIsBetter    which way is an improvement
 */
public record FormResult(String measureCode, String title, double value, String unit, String band,
        Double importantChange, boolean lowerIsBetter) {
}
