package atlas.measures;

import java.util.List;
import java.util.Optional;

/** Every measure Atlas scores or derives, for choosing the measure a goal is tied to. */
public final class Measures {

    public static final List<Measure> ALL = List.of(NumericPainRatingScale.MEASURE, NeckDisabilityIndex.MEASURE,
            HeadacheImpactTest.MEASURE, MigraineDisabilityAssessment.MEASURE, PatientSpecificFunctionalScale.MEASURE,
            JawFunctionalLimitationScale.JFLS8, JawFunctionalLimitationScale.JFLS20, FonsecaAnamnesticIndex.MEASURE,
            CraniocervicalFlexionTest.MEASURE, FlexionRotationTest.MEASURE, MouthOpening.MEASURE,
            PatientSpecificFunctionalScale.ACTIVITY, HeadacheDiaryMetrics.MIGRAINE_DAYS, HeadacheDiaryMetrics.HEADACHE_DAYS);

    private Measures() {
    }

    /** The measure's title in the user's language; the code for a measure Atlas does not know. */
    public static String title(String code) {
        try {
            return MeasureWording.of("measure." + code);
        } catch (java.util.MissingResourceException e) {
            return code;
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
        return ALL.stream().filter(measure -> measure.code().equals(code)).findFirst();
    }
}
