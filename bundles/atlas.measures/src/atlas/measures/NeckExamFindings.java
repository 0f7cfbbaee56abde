package atlas.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The neck examination read as a specialist reads it: active range of motion against the reference
 * values of the patient's age band and between the sides, and pressure pain thresholds between the
 * sides and against the remote control site.
 * <ul>
 * <li>A movement counts as reduced when it falls below the reference value by more than the natural
 * variation of repeated measurement in people without neck pain (Christensen and Nilsson 1998, J
 * Manipulative Physiol Ther 21:383: about 20 degrees for flexion and extension, 12 for lateral
 * flexion, 14 for rotation); for the same reason a side difference counts only beyond that
 * variation. Reference values per age band come from {@code cervical-rom-reference.table},
 * which names its source.</li>
 * <li>Pressure pain thresholds (Walton 2011: reliable as the mean of 3 trials) are reported, not
 * judged: the lower side and by how much, and each site as a share of the remote control site
 * (tibialis anterior), which tells local from widespread sensitivity. No published cut-off for
 * either was verified, so Atlas draws no line.</li>
 * </ul>
 */
public final class NeckExamFindings {

    /** Natural variation of repeated measurement, degrees (Christensen and Nilsson 1998). */
    static final Map<String, Integer> VARIATION = Map.of("flexion", 20, "extension", 20, "lateralFlexion", 12,
            "rotation", 14);
    static final String[] LOCAL_PPT_SITES = { "upperTrapezius", "suboccipitals", "temporalis", "masseter" };
    static final String REMOTE_PPT_SITE = "tibialisAnterior";

    /** How a finding is judged. */
    public enum Judgement {
        WITHIN, REDUCED, SIDE_DIFFERENCE, REPORTED, NOT_JUDGED;

        public String label() {
            return MeasureWording.of("neckFindings.judgement." + name());
        }
    }

    /** One line: what was examined, what was found, how it is judged. */
    public record Finding(String title, String found, Judgement judgement) {
    }

    private NeckExamFindings() {
    }

    /**
     * @param values the latest examination value per measure code ("rom.rotationLeft",
     *               "ppt.upperTrapezius.left" ...); codes not examined are absent
     * @param age    the patient's age in years at the examination, or null if unknown
     */
    public static List<Finding> of(Map<String, Double> values, Integer age) {
        List<Finding> findings = new ArrayList<>();
        Reference reference = age == null ? null : Reference.forAge(age);
        movement(findings, values, reference, age, "flexion", "rom.flexion");
        movement(findings, values, reference, age, "extension", "rom.extension");
        movement(findings, values, reference, age, "lateralFlexion", "rom.lateralFlexionLeft", "rom.lateralFlexionRight");
        movement(findings, values, reference, age, "rotation", "rom.rotationLeft", "rom.rotationRight");
        Double remote = meanOfSides(values, REMOTE_PPT_SITE);
        for (String site : LOCAL_PPT_SITES) {
            pressurePain(findings, values, site, remote);
        }
        return findings;
    }

    /** Where the reference values come from, in the user's words, for the summary's footnote. */
    public static String referenceSource() {
        return MeasureWording.of("neckFindings.source." + Reference.TABLE.getProperty("source").strip());
    }

    private static void movement(List<Finding> findings, Map<String, Double> values, Reference reference, Integer age,
            String movement, String... codes) {
        List<Integer> sides = new ArrayList<>();
        for (String code : codes) {
            if (values.get(code) != null) {
                sides.add((int) Math.round(values.get(code)));
            }
        }
        if (sides.isEmpty()) {
            return;
        }
        String title = MeasureWording.of("neckFindings.rom." + movement);
        int variation = VARIATION.get(movement);
        String found = codes.length == 1 ? sides.get(0) + "\u00b0"
                : values.get(codes[0]) == null || values.get(codes[1]) == null
                        ? MeasureWording.of("neckFindings.oneSide", sides.get(0))
                        : MeasureWording.of("neckFindings.sides", sides.get(0), sides.get(1));
        if (reference == null) {
            findings.add(new Finding(title, found + " \u00b7 " + (age == null ? MeasureWording.of("neckFindings.noAge")
                    : MeasureWording.of("neckFindings.noBand", age)), Judgement.NOT_JUDGED));
            return;
        }
        int expected = reference.value(movement);
        int lowest = sides.stream().mapToInt(Integer::intValue).min().getAsInt();
        Judgement judgement = lowest < expected - variation ? Judgement.REDUCED : Judgement.WITHIN;
        String detail = MeasureWording.of("neckFindings.reference", expected, reference.band(), variation);
        if (sides.size() == 2 && codes.length == 2) {
            int difference = Math.abs(sides.get(0) - sides.get(1));
            detail += " \u00b7 " + MeasureWording.of("neckFindings.difference", difference);
            if (difference > variation && judgement == Judgement.WITHIN) {
                judgement = Judgement.SIDE_DIFFERENCE;
            }
        }
        findings.add(new Finding(title, found + " \u00b7 " + detail, judgement));
    }

    private static void pressurePain(List<Finding> findings, Map<String, Double> values, String site, Double remote) {
        Double left = values.get("ppt." + site + ".left");
        Double right = values.get("ppt." + site + ".right");
        if (left == null && right == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (left != null && right != null) {
            parts.add(MeasureWording.of("neckFindings.ppt.sides", Math.round(left), Math.round(right)));
            double higher = Math.max(left, right);
            if (higher > 0 && left.doubleValue() != right.doubleValue()) {
                long percent = Math.round(100 * (higher - Math.min(left, right)) / higher);
                parts.add(MeasureWording.of(left < right ? "neckFindings.ppt.lowerLeft" : "neckFindings.ppt.lowerRight",
                        percent));
            } else {
                parts.add(MeasureWording.of("neckFindings.ppt.equal"));
            }
        } else {
            parts.add(MeasureWording.of(left != null ? "neckFindings.ppt.leftOnly" : "neckFindings.ppt.rightOnly",
                    Math.round(left != null ? left : right)));
        }
        Double local = meanOfSides(values, site);
        if (remote != null && remote > 0) {
            parts.add(MeasureWording.of("neckFindings.ppt.remote", Math.round(100 * local / remote)));
        } else {
            parts.add(MeasureWording.of("neckFindings.ppt.noRemote"));
        }
        findings.add(new Finding(MeasureWording.of("neckFindings.ppt", MeasureWording.of("neckFindings.site." + site)),
                String.join(" \u00b7 ", parts), Judgement.REPORTED));
    }

    private static Double meanOfSides(Map<String, Double> values, String site) {
        Double left = values.get("ppt." + site + ".left");
        Double right = values.get("ppt." + site + ".right");
        if (left == null || right == null) {
            return left != null ? left : right;
        }
        return (left + right) / 2;
    }

    /** One age band of the reference table. */
    record Reference(String band, Properties table) {

        static final Properties TABLE = load();

        static Reference forAge(int age) {
            for (String band : TABLE.getProperty("bands").split(",")) {
                String[] range = band.strip().split("-");
                if (age >= Integer.parseInt(range[0]) && age <= Integer.parseInt(range[1])) {
                    return new Reference(band.strip(), TABLE);
                }
            }
            return null;
        }

        int value(String movement) {
            return Integer.parseInt(table.getProperty(band + "." + movement).strip());
        }

        private static Properties load() {
            Properties table = new Properties();
            try (InputStream in = NeckExamFindings.class.getResourceAsStream("cervical-rom-reference.table")) {
                table.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return table;
        }
    }
}
