package atlas.store.internal.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

import atlas.api.form.FormDefinition;

/**
 * The forms on the command line's class path - the built-in ones, which atlas.forms lists in its
 * {@code META-INF/services} - as DS gives the installed forms to the window. A clinic's form is not
 * among them: the commands name its responses as not installed.
 */
final class ClassPathForms {

    private ClassPathForms() {
    }

    static List<FormDefinition> all() {
        return ServiceLoader.load(FormDefinition.class, ClassPathForms.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    /** A form by its id, as the FHIR export asks for the Questionnaires. */
    static Function<String, Optional<FormDefinition>> byId() {
        Map<String, FormDefinition> forms = all().stream().collect(Collectors.toMap(FormDefinition::id, form -> form,
                (first, second) -> first));
        return formId -> Optional.ofNullable(forms.get(formId));
    }
}
