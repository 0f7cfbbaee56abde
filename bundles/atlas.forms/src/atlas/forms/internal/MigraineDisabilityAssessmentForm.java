package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.MigraineDisabilityAssessment;

/**
 * MIDAS (Stewart 2001): five day counts over 3 months (0-90 each) plus the unscored A (headache
 * days) and B (average pain 0-10). Section titles only until the licence terms are checked.
 */
@Component(service = FormDefinition.class)
public class MigraineDisabilityAssessmentForm extends InstrumentForm {

    public MigraineDisabilityAssessmentForm() {
        super("midas");
    }

    @Override
    public List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        for (int n = 1; n <= MigraineDisabilityAssessment.QUESTIONS; n++) {
            items.add(FormItem.wholeNumber("midas." + n, text("midas.question." + n), 0, 90, true));
        }
        items.add(FormItem.wholeNumber("midas.A", text("midas.part.A"), 0, 90, false));
        items.add(FormItem.wholeNumber("midas.B", text("midas.part.B"), 0, 10, false));
        return items;
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        Integer[] days = new Integer[MigraineDisabilityAssessment.QUESTIONS];
        for (int i = 0; i < days.length; i++) {
            String id = "midas." + (i + 1);
            days[i] = wholeNumber(answers, id, itemTitle(id), typing);
        }
        Integer a = wholeNumber(answers, "midas.A", itemTitle("midas.A"), typing);
        Integer b = wholeNumber(answers, "midas.B", itemTitle("midas.B"), typing);
        return results(typing, MigraineDisabilityAssessment.score(days, a, b), MigraineDisabilityAssessment.MEASURE,
                "days", "points");
    }
}
