package atlas.product.tests;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI FHIR's instance validator against the base R4 specification alone (its structure
 * definitions and value sets; no terminology server: LOINC, UCUM and ICD-10 codes are not looked
 * up, so codes of those systems are reported as not checked, not as wrong).
 */
final class FhirValidation {

    private static final FhirContext R4 = FhirContext.forR4();

    private FhirValidation() {
    }

    /** Every message about {@code json}, errors and warnings, each as "SEVERITY location: message". */
    static List<String> messages(String json, ResultSeverityEnum atLeast) {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4), new InMemoryTerminologyServerValidationSupport(R4));
        FhirValidator validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        return validator.validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= atLeast.ordinal())
                .map(FhirValidation::line).toList();
    }

    private static String line(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
