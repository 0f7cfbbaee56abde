package atlas.measures;

import java.util.List;
import java.util.Optional;

/** Every measure Atlas scores, for choosing the measure a goal is tied to. */
public final class Measures {

    public static final List<Measure> ALL = List.of(NumericPainRatingScale.MEASURE, NeckDisabilityIndex.MEASURE,
            HeadacheImpactTest.MEASURE, MigraineDisabilityAssessment.MEASURE, PatientSpecificFunctionalScale.MEASURE,
            JawFunctionalLimitationScale.JFLS8, JawFunctionalLimitationScale.JFLS20, FonsecaAnamnesticIndex.MEASURE,
            CraniocervicalFlexionTest.MEASURE, FlexionRotationTest.MEASURE, MouthOpening.MEASURE);

    private Measures() {
    }

    public static Optional<Measure> byCode(String code) {
        return ALL.stream().filter(measure -> measure.code().equals(code)).findFirst();
    }
}
