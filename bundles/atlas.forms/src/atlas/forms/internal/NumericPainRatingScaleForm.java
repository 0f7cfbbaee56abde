package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.NumericPainRatingScale;

/** NPRS: one rating 0 (no pain) to 10 (worst imaginable); public domain, wording shown. */
@Component(service = FormDefinition.class)
public class NumericPainRatingScaleForm extends InstrumentForm {

    public NumericPainRatingScaleForm() {
        super("nprs");
    }

    @Override
    public List<FormItem> items() {
        return List.of(FormItem.wholeNumber("nprs", text("nprs.item"), 0, 10, true));
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        Integer rating = wholeNumber(answers, "nprs", itemTitle("nprs"), typing);
        return results(typing, NumericPainRatingScale.score(rating), NumericPainRatingScale.MEASURE);
    }
}
