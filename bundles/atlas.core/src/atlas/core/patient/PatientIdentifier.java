package atlas.core.patient;

import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An identifier the patient has besides the clinic record number: a health-insurance number, a
 * national health identifier, the referring hospital's number (FHIR R4 Patient.identifier: system
 * and value).
 */
@Embeddable
public class PatientIdentifier {

    public static final int SYSTEM_MAX = 60;
    public static final int VALUE_MAX = 60;

    /** Whose number it is, e.g. "insurance:AOK", "nhs", "hospital:Charite". */
    @Column(name = "ID_SYSTEM", length = SYSTEM_MAX, nullable = false)
    private String system;

    @Column(name = "ID_VALUE", length = VALUE_MAX, nullable = false)
    private String value;

    protected PatientIdentifier() {
    }

    public PatientIdentifier(String system, String value) {
        this.system = system;
        this.value = value;
    }

    void check(FieldRules rules, int position) {
        rules.requiredText("identifiers[" + position + "].system", "Identifier " + position + " system", system,
                SYSTEM_MAX)
                .requiredText("identifiers[" + position + "].value", "Identifier " + position + " value", value,
                        VALUE_MAX);
    }

    public String getSystem() {
        return system;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatientIdentifier that && system.equals(that.system) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return system.hashCode() * 31 + value.hashCode();
    }
}
