package atlas.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** One line: what was examined, what was found, what it was read against, how it is judged. */
    public record Finding(String title, String found, String against, Judgement judgement) {
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

    /**
     * Whether {@code degrees} of {@code movement} ("flexion", "extension", "lateralFlexion",
     * "rotation") is reduced for a patient of {@code age}: below the reference value by more than
     * the natural variation. Empty without an age or a reference band for it. The benefit summary's
     * "reduced extension" is this same judgement.
     */
    public static Optional<Boolean> reduced(String movement, int degrees, Integer age) {
        Reference reference = age == null ? null : Reference.forAge(age);
        return reference == null ? Optional.empty() : Optional.of(reference.reduced(movement, degrees));
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
        boolean bothSides = codes.length == 2 && sides.size() == 2;
        String found = codes.length == 1 ? sides.get(0) + "\u00b0"
                : !bothSides ? MeasureWording.of("neckFindings.oneSide", sides.get(0))
                        : MeasureWording.of("neckFindings.sides", sides.get(0), sides.get(1),
                                Math.abs(sides.get(0) - sides.get(1)));
        if (reference == null) {
            findings.add(new Finding(title, found, age == null ? MeasureWording.of("neckFindings.noAge")
                    : MeasureWording.of("neckFindings.noBand", age), Judgement.NOT_JUDGED));
            return;
        }
        int lowest = sides.stream().mapToInt(Integer::intValue).min().getAsInt();
        Judgement judgement = reference.reduced(movement, lowest) ? Judgement.REDUCED : Judgement.WITHIN;
        if (judgement == Judgement.WITHIN && bothSides && Math.abs(sides.get(0) - sides.get(1)) > variation) {
            judgement = Judgement.SIDE_DIFFERENCE;
        }
        findings.add(new Finding(title, found, MeasureWording.of("neckFindings.reference", reference.value(movement),
                variation, reference.band()), judgement));
    }

    private static void pressurePain(List<Finding> findings, Map<String, Double> values, String site, Double remote) {
        Double left = values.get("ppt." + site + ".left");
        Double right = values.get("ppt." + site + ".right");
        if (left == null && right == null) {
            return;
        }
        String found;
        List<String> against = new ArrayList<>();
        if (left != null && right != null) {
            found = MeasureWording.of("neckFindings.ppt.sides", Math.round(left), Math.round(right));
            double higher = Math.max(left, right);
            if (higher > 0 && left.doubleValue() != right.doubleValue()) {
                long percent = Math.round(100 * (higher - Math.min(left, right)) / higher);
                against.add(MeasureWording.of(left < right ? "neckFindings.ppt.lowerLeft"
                        : "neckFindings.ppt.lowerRight", percent));
            } else {
                against.add(MeasureWording.of("neckFindings.ppt.equal"));
            }
        } else {
            found = MeasureWording.of(left != null ? "neckFindings.ppt.leftOnly" : "neckFindings.ppt.rightOnly",
                    Math.round(left != null ? left : right));
        }
        Double local = meanOfSides(values, site);
        against.add(remote != null && remote > 0 ? MeasureWording.of("neckFindings.ppt.remote",
                Math.round(100 * local / remote)) : MeasureWording.of("neckFindings.ppt.noRemote"));
        findings.add(new Finding(MeasureWording.of("neckFindings.ppt", MeasureWording.of("neckFindings.site." + site)),
                found, String.join(" \u00b7 ", against), Judgement.REPORTED));
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

        /** Below the reference value by more than the natural variation. */
        boolean reduced(String movement, int degrees) {
            return degrees < value(movement) - VARIATION.get(movement);
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
