package atlas.forms.internal;

import java.util.List;

import atlas.api.form.FormDefinition;

/**
 * The eleven built-in forms, for callers that run without the OSGi registry (the benchmarks on a
 * plain class path). In Atlas each is a DS component; nothing else should build them.
 */
public final class BuiltInForms {

    private BuiltInForms() {
    }

    public static List<FormDefinition> all() {
        return List.of(new FonsecaAnamnesticIndexForm(), new GlobalRatingOfChangeForm(), new HeadacheImpactTestForm(),
                new JawExaminationForm(), new Jfls20Form(), new Jfls8Form(), new MigraineDisabilityAssessmentForm(),
                new NeckDisabilityIndexForm(), new NeckExaminationForm(), new NumericPainRatingScaleForm(),
                new PatientSpecificFunctionalScaleForm());
    }
}
