package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.GlobalRatingOfChange;

/** GROC: one rating from -7 (a very great deal worse) to +7 (a very great deal better). */
@Component(service = FormDefinition.class)
public class GlobalRatingOfChangeForm extends InstrumentForm {

    public GlobalRatingOfChangeForm() {
        super("groc");
    }

    @Override
    public List<FormItem> items() {
        return List.of(FormItem.wholeNumber("groc", text("groc.item"), -7, 7, true));
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        Integer rating = wholeNumber(answers, "groc", itemTitle("groc"), typing);
        return results(typing, GlobalRatingOfChange.score(rating), GlobalRatingOfChange.MEASURE);
    }
}
