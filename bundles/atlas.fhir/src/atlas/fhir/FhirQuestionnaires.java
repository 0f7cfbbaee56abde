package atlas.fhir;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.core.form.FormResponse;

/**
 * Atlas's forms as FHIR Questionnaires, one per form and version a record's responses were filled
 * with (when that version is the one installed): each item by its id, with the type its answers
 * have, whether it is required, and a choice item's allowed answers. The item texts are the
 * forms' own titles - the topics of a licensed instrument ("Pain intensity"), never its licensed
 * wording, which Atlas shows only where a clinic has supplied it (clinical reference,
 * "Licences") - and the licence note is the copyright. With the Questionnaire a reader (and
 * HAPI's validator) checks every response against its form; each answer is written with the type
 * its item has: a choice as its code, a whole number as an integer.
 */
final class FhirQuestionnaires {

    /** What the export knows of the forms: the installed definition of a form id, if any. */
    static final Function<String, Optional<FormDefinition>> NONE = formId -> Optional.empty();

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");

    private FhirQuestionnaires() {
    }

    /** The definition {@code response} was filled with: the installed form of the same id and version, else none. */
    static Optional<FormDefinition> of(FormResponse response, Function<String, Optional<FormDefinition>> forms) {
        return forms.apply(response.getFormId()).filter(form -> form.version().equals(response.getFormVersion()));
    }

    static void export(Entries entries, List<FormResponse> responses, Function<String, Optional<FormDefinition>> forms) {
        Set<String> written = new HashSet<>();
        for (FormResponse response : responses) {
            of(response, forms).filter(form -> written.add(form.id() + "|" + form.version()))
                    .ifPresent(form -> entries.add("Questionnaire", form.id() + "|" + form.version(), questionnaire(form)));
        }
    }

    private static Questionnaire questionnaire(FormDefinition form) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setUrl(FhirRecord.QUESTIONNAIRE_PREFIX + form.id()).setVersion(form.version())
                .setTitle(form.title()).setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        if (form.licenceNote() != null && !form.licenceNote().isBlank()) {
            questionnaire.setCopyright(form.licenceNote());
        }
        for (FormItem item : form.items()) {
            Questionnaire.QuestionnaireItemComponent question = questionnaire.addItem().setLinkId(item.id())
                    .setText(item.title()).setRequired(item.required()).setType(switch (item.type()) {
                    case WHOLE_NUMBER -> Questionnaire.QuestionnaireItemType.INTEGER;
                    case DECIMAL -> Questionnaire.QuestionnaireItemType.DECIMAL;
                    case CHOICE -> Questionnaire.QuestionnaireItemType.CHOICE;
                    case TEXT -> Questionnaire.QuestionnaireItemType.STRING;
                    });
            for (FormItem.Choice choice : item.choices()) {
                question.addAnswerOption().setValue(new Coding().setCode(choice.value()).setDisplay(choice.title()));
            }
        }
        return questionnaire;
    }

    /**
     * An answer as its item asks for it ({@code item} null: the form is not known, so numbers as
     * numbers and the rest as text); a value its type cannot hold stays text, as it was typed.
     */
    static Type answer(FormItem item, String answer) {
        if (item == null) {
            return WHOLE_NUMBER.matcher(answer).matches() ? new IntegerType(answer)
                    : DECIMAL.matcher(answer).matches() ? new DecimalType(new BigDecimal(answer)) : new StringType(answer);
        }
        return switch (item.type()) {
        case WHOLE_NUMBER -> WHOLE_NUMBER.matcher(answer).matches() ? new IntegerType(answer) : new StringType(answer);
        case DECIMAL -> DECIMAL.matcher(answer).matches() ? new DecimalType(new BigDecimal(answer)) : new StringType(answer);
        case CHOICE -> item.choices().stream().filter(choice -> choice.value().equals(answer)).findFirst()
                .map(choice -> (Type) new Coding().setCode(choice.value()).setDisplay(choice.title()))
                .orElse(new StringType(answer));
        case TEXT -> new StringType(answer);
        };
    }
}
