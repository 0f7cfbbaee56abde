package atlas.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * Who will benefit: a short summary of whether the neck or the jaw contributes to the patient's
 * headaches, to support - never replace - the therapist's judgement (clinical reference, "Who the
 * patients are": physical therapy helps most where headaches come with musculoskeletal findings of
 * the neck or jaw, and may not help occasional migraine without them). Rules and sources:
 * <ul>
 * <li>FRT positive: the range to the restricted side 32 degrees or less, or a side difference of 10
 * or more (Ogince et al. 2007, Man Ther 12:256; Hall et al. 2008, JOSPT 38:14: sensitivity 90 %,
 * specificity 88 % for cervicogenic headache).</li>
 * <li>The cervical musculoskeletal impairment pattern (Jull et al. 2007, Cephalalgia 27:793): reduced
 * cervical extension, palpation reproducing the familiar headache, and impaired craniocervical
 * flexion together identified cervicogenic headache (sensitivity 100 %, specificity 94 %). Atlas
 * reads them as: extension reduced for the patient's age as the neck examination judges it
 * ({@link NeckExamFindings#reduced}: below the reference value by more than the natural variation of
 * repeated measurement), an active trigger point (Simons criteria: its referral reproduces
 * the familiar headache), and a CCFT activation score below {@value #CCFT_IMPAIRED_BELOW} mmHg (Jull
 * 2008, Man Ther 13:2: asymptomatic people commonly reach 26-30 mmHg; unverified threshold).</li>
 * <li>Headache attributed to TMD (DC/TMD, Schiffman et al. 2014, J Oral Facial Pain Headache 28:6),
 * as the jaw examination recorded it.</li>
 * <li>Provocation in the diary: neck posture or movement, or jaw use, noted for at least one in
 * {@value #PROVOKED_ONE_IN} of the headaches of the last 4 weeks (an Atlas rule, no published
 * threshold).</li>
 * </ul>
 * The line: <em>likely</em> with the whole Jull pattern, with a positive FRT and palpation
 * reproducing the headache, or with headache attributed to TMD; <em>possible</em> with any one
 * finding; <em>not found - reassess</em> when the FRT, the CCFT and palpation were examined and
 * nothing is met; <em>not judged yet</em> while those examinations are missing.
 */
public final class MusculoskeletalContribution {

    static final int FRT_RESTRICTED_AT_MOST = 32;
    static final int FRT_DIFFERENCE_AT_LEAST = 10;
    public static final int CCFT_IMPAIRED_BELOW = 26;
    public static final int PROVOKED_ONE_IN = 3;

    /** Each criterion's state. */
    public enum Status {
        MET, NOT_MET, MISSING;

        /** "met", "not met", "not examined" in the user's words. */
        public String label() {
            return MeasureWording.of("benefit.status." + name());
        }
    }

    /** The summary's line. */
    public enum Line {
        LIKELY, POSSIBLE, NOT_FOUND, NOT_JUDGED
    }

    /**
     * What the record holds; null where it holds nothing yet.
     *
     * @param frtLeft               flexion-rotation test to the left, degrees
     * @param frtRight              to the right
     * @param ccftActivation        the highest CCFT stage held 10 s, mmHg
     * @param extension             active cervical extension, degrees
     * @param palpationReproduces   an active trigger point was found (null: not palpated)
     * @param tmdHeadache           DC/TMD headache attributed to TMD (null: jaw not examined)
     * @param headachesLast28Days   headaches in the diary's last 4 weeks (null: no diary)
     * @param provokedLast28Days    of them, provoked by the neck or the jaw
     * @param headacheDaysPer28     headache days of the last complete month, per 28 days
     * @param migraineDaysPer28     migraine days of that month, per 28 days
     * @param age                   the patient's age in years, for the reference values (null: unknown)
     */
    public record Findings(Integer frtLeft, Integer frtRight, Integer ccftActivation, Integer extension,
            Boolean palpationReproduces, Boolean tmdHeadache, Integer headachesLast28Days, Integer provokedLast28Days,
            Double headacheDaysPer28, Double migraineDaysPer28, Integer age) {
    }

    /** One criterion: its key ("frt", "jull.extension" ...), state and what was found. */
    public record Criterion(String key, Status status, String found) {

        /** The criterion in the user's words. */
        public String title() {
            return MeasureWording.of("benefit.criterion." + key);
        }
    }

    /** The criteria in a fixed order and the resulting line. */
    public record Summary(List<Criterion> criteria, Line line) {

        /** "musculoskeletal contribution likely" ... in the user's words. */
        public String lineText() {
            return MeasureWording.of("benefit.line." + line.name());
        }

        public List<Criterion> met() {
            return criteria.stream().filter(criterion -> criterion.status() == Status.MET).toList();
        }

        public List<Criterion> missing() {
            return criteria.stream().filter(criterion -> criterion.status() == Status.MISSING).toList();
        }
    }

    private MusculoskeletalContribution() {
    }

    public static Summary judge(Findings findings) {
        List<Criterion> criteria = new ArrayList<>();
        Criterion frt = frt(findings);
        Criterion extension = extension(findings);
        Criterion palpation = findings.palpationReproduces() == null ? missing("jull.palpation")
                : new Criterion("jull.palpation", findings.palpationReproduces() ? Status.MET : Status.NOT_MET, "");
        Criterion ccft = findings.ccftActivation() == null ? missing("jull.ccft")
                : new Criterion("jull.ccft", findings.ccftActivation() < CCFT_IMPAIRED_BELOW ? Status.MET : Status.NOT_MET,
                        findings.ccftActivation() + " mmHg");
        Criterion tmd = findings.tmdHeadache() == null ? missing("tmdHeadache")
                : new Criterion("tmdHeadache", findings.tmdHeadache() ? Status.MET : Status.NOT_MET, "");
        Criterion diary = diary(findings);
        criteria.addAll(List.of(frt, extension, palpation, ccft, tmd, diary));

        boolean jullPattern = met(extension) && met(palpation) && met(ccft);
        Line line;
        if (jullPattern || (met(frt) && met(palpation)) || met(tmd)) {
            line = Line.LIKELY;
        } else if (criteria.stream().anyMatch(MusculoskeletalContribution::met)) {
            line = Line.POSSIBLE;
        } else if (frt.status() != Status.MISSING && ccft.status() != Status.MISSING
                && palpation.status() != Status.MISSING) {
            line = Line.NOT_FOUND;
        } else {
            line = Line.NOT_JUDGED;
        }
        return new Summary(criteria, line);
    }

    private static Criterion frt(Findings findings) {
        if (findings.frtLeft() == null || findings.frtRight() == null) {
            return missing("frt");
        }
        int restricted = Math.min(findings.frtLeft(), findings.frtRight());
        int difference = Math.abs(findings.frtLeft() - findings.frtRight());
        boolean positive = restricted <= FRT_RESTRICTED_AT_MOST || difference >= FRT_DIFFERENCE_AT_LEAST;
        return new Criterion("frt", positive ? Status.MET : Status.NOT_MET,
                MeasureWording.of("benefit.found.frt", findings.frtLeft(), findings.frtRight()));
    }

    /** Reduced extension as the neck examination judges it; not judged without a reference for the age. */
    private static Criterion extension(Findings findings) {
        if (findings.extension() == null) {
            return missing("jull.extension");
        }
        return NeckExamFindings.reduced("extension", findings.extension(), findings.age())
                .map(reduced -> new Criterion("jull.extension", reduced ? Status.MET : Status.NOT_MET,
                        findings.extension() + "\u00b0"))
                .orElseGet(() -> new Criterion("jull.extension", Status.MISSING,
                        MeasureWording.of("benefit.found.noReference", findings.extension())));
    }

    private static Criterion diary(Findings findings) {
        Integer headaches = findings.headachesLast28Days();
        if (headaches == null || headaches == 0) {
            return missing("diaryProvocation");
        }
        int provoked = findings.provokedLast28Days() == null ? 0 : findings.provokedLast28Days();
        return new Criterion("diaryProvocation", provoked * PROVOKED_ONE_IN >= headaches ? Status.MET : Status.NOT_MET,
                MeasureWording.of("benefit.found.diary", provoked, headaches));
    }

    private static Criterion missing(String key) {
        return new Criterion(key, Status.MISSING, "");
    }

    private static boolean met(Criterion criterion) {
        return criterion.status() == Status.MET;
    }
}
