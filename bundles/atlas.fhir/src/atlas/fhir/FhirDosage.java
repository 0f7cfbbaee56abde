package atlas.fhir;

import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import atlas.core.plan.Dosage;

/**
 * A dose as Atlas keeps it (sets, repetitions, hold, load or stage, side or segment, grade,
 * minutes, times a week), as an extension of Atlas's own URL beside the text a reader sees: FHIR
 * R4 has no element for an exercise's or a mobilisation's dose, and the text alone cannot be read
 * back into the fields.
 */
final class FhirDosage {

    static final String URL = "urn:atlas:fhir:ext:dosage";

    private FhirDosage() {
    }

    /** The dose as the extension, null when there is none to write. */
    static Extension of(Dosage dosage) {
        if (dosage == null) {
            return null;
        }
        Extension dose = new Extension(URL);
        add(dose, "sets", dosage.getSets() == null ? null : new IntegerType(dosage.getSets()));
        add(dose, "reps", dosage.getReps() == null ? null : new IntegerType(dosage.getReps()));
        add(dose, "hold-seconds", dosage.getHoldSeconds() == null ? null : new IntegerType(dosage.getHoldSeconds()));
        add(dose, "load-or-stage", text(dosage.getLoadOrStage()));
        add(dose, "side-or-segment", text(dosage.getSideOrSegment()));
        add(dose, "grade", text(dosage.getGrade()));
        add(dose, "minutes", dosage.getMinutes() == null ? null : new IntegerType(dosage.getMinutes()));
        add(dose, "times-per-week", dosage.getTimesPerWeek() == null ? null : new IntegerType(dosage.getTimesPerWeek()));
        return dose.hasExtension() ? dose : null;
    }

    /** The dose the extension holds; an empty dose without one. */
    static Dosage read(Extension dose) {
        Dosage dosage = new Dosage();
        if (dose == null) {
            return dosage;
        }
        for (Extension field : dose.getExtension()) {
            Type value = field.getValue();
            switch (field.getUrl()) {
            case "sets" -> dosage.setSets(((IntegerType) value).getValue());
            case "reps" -> dosage.setReps(((IntegerType) value).getValue());
            case "hold-seconds" -> dosage.setHoldSeconds(((IntegerType) value).getValue());
            case "load-or-stage" -> dosage.setLoadOrStage(value.primitiveValue());
            case "side-or-segment" -> dosage.setSideOrSegment(value.primitiveValue());
            case "grade" -> dosage.setGrade(value.primitiveValue());
            case "minutes" -> dosage.setMinutes(((IntegerType) value).getValue());
            case "times-per-week" -> dosage.setTimesPerWeek(((IntegerType) value).getValue());
            default -> throw new IllegalArgumentException(field.getUrl());
            }
        }
        return dosage;
    }

    private static StringType text(String value) {
        return value == null || value.isBlank() ? null : new StringType(value);
    }

    private static void add(Extension dose, String field, Type value) {
        if (value != null) {
            dose.addExtension(field, value);
        }
    }
}
