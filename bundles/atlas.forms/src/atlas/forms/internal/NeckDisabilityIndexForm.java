package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.NeckDisabilityIndex;

/**
 * NDI (Vernon &amp; Mior 1991): ten sections 0-5 with their titles only; the section wording needs
 * the author's permission and comes from a clinic's {@code FormWording} if it has it.
 */
@Component(service = FormDefinition.class)
public class NeckDisabilityIndexForm extends InstrumentForm {

    public NeckDisabilityIndexForm() {
        super("ndi");
    }

    @Override
    public List<FormItem> items() {
        return IntStream.rangeClosed(1, NeckDisabilityIndex.SECTIONS)
                // not required one by one: up to two sections may be left out (prorated)
                .mapToObj(n -> FormItem.wholeNumber("ndi." + n, text("ndi.section." + n), 0, 5, false)).toList();
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        Integer[] sections = new Integer[NeckDisabilityIndex.SECTIONS];
        for (FormItem item : items()) {
            sections[Integer.parseInt(item.id().substring(4)) - 1] = wholeNumber(answers, item.id(), item.title(),
                    typing);
        }
        return results(typing, NeckDisabilityIndex.score(sections), NeckDisabilityIndex.MEASURE, "%");
    }
}
