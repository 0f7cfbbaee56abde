package atlas.measures;

import java.util.List;
import java.util.Optional;

/**
 * Every measure Atlas scores or derives, for choosing the measure a goal is tied to: the built-in
 * instruments and the measures clinics' plugins declare ({@link ClinicMeasures}).
 */
public final class Measures {

    public static final List<Measure> BUILT_IN = List.of(NumericPainRatingScale.MEASURE, NeckDisabilityIndex.MEASURE,
            HeadacheImpactTest.MEASURE, MigraineDisabilityAssessment.MEASURE, PatientSpecificFunctionalScale.MEASURE,
            JawFunctionalLimitationScale.JFLS8, JawFunctionalLimitationScale.JFLS20, FonsecaAnamnesticIndex.MEASURE,
            CraniocervicalFlexionTest.MEASURE, FlexionRotationTest.MEASURE, MouthOpening.MEASURE,
            PatientSpecificFunctionalScale.ACTIVITY, HeadacheDiaryMetrics.MIGRAINE_DAYS, HeadacheDiaryMetrics.HEADACHE_DAYS);

    private Measures() {
    }

    /** The built-in measures, then the clinics' measures; a snapshot, since plugins come and go. */
    public static List<Measure> all() {
        List<Measure> all = new java.util.ArrayList<>(BUILT_IN);
        all.addAll(ClinicMeasures.all());
        return List.copyOf(all);
    }

    /**
     * The measures that are a score of their own, one chart and one responder rate each: the
     * built-in ones without the derived codes (a single PSFS activity, the diary rates, which have
     * charts of their own), then the clinics' measures.
     */
    public static List<Measure> charted() {
        List<Measure> charted = new java.util.ArrayList<>(BUILT_IN.stream()
                .filter(measure -> !measure.code().contains(".")).toList());
        charted.addAll(ClinicMeasures.all());
        return List.copyOf(charted);
    }

    /** The measure's title in the user's language; the code for a measure Atlas does not know. */
    public static String title(String code) {
        try {
            return MeasureWording.of("measure." + code);
        } catch (java.util.MissingResourceException e) {
            return ClinicMeasures.title(code).orElse(code);
        }
    }

    /** The measure's short name for tight places ("NDI"), else its title. */
    public static String shortTitle(String code) {
        try {
            return MeasureWording.of("short." + code);
        } catch (java.util.MissingResourceException e) {
            return title(code);
        }
    }

    public static Optional<Measure> byCode(String code) {
        return BUILT_IN.stream().filter(measure -> measure.code().equals(code)).findFirst()
                .or(() -> ClinicMeasures.find(code).map(ClinicMeasures.Declared::measure));
    }
}
