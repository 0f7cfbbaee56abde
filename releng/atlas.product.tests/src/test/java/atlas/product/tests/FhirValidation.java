package atlas.product.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
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

    /**
     * Every message about {@code json}, errors and warnings, each as "SEVERITY location: message".
     * The Questionnaires of the Bundle are what its QuestionnaireResponses are checked against.
     */
    static List<String> messages(String json, ResultSeverityEnum atLeast) {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4), new InMemoryTerminologyServerValidationSupport(R4),
                new Questionnaires(R4, json));
        FhirValidator validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        return validator.validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= atLeast.ordinal())
                .map(FhirValidation::line).toList();
    }

    /** The Questionnaires of a Bundle, found by their canonical URL with or without "|version". */
    private static final class Questionnaires implements IValidationSupport {

        private final FhirContext context;
        private final Map<String, IBaseResource> byUrl = new HashMap<>();

        Questionnaires(FhirContext context, String json) {
            this.context = context;
            IBaseResource whole = context.newJsonParser().parseResource(json);
            if (whole instanceof Bundle bundle) {
                for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                    if (entry.getResource() instanceof Questionnaire questionnaire) {
                        byUrl.put(questionnaire.getUrl(), questionnaire);
                        byUrl.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
                    }
                }
            }
        }

        @Override
        public FhirContext getFhirContext() {
            return context;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            IBaseResource found = byUrl.get(url);
            return found != null && (type == null || type.isInstance(found)) ? type == null ? null : type.cast(found)
                    : null;
        }
    }

    private static String line(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
