package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormItem.Choice;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.HeadacheImpactTest;

/**
 * HIT-6 (QualityMetric, Kosinski 2003): six items answered on five levels, stored as their
 * weights 6, 8, 10, 11, 13. No item wording (trademark and licence): each item shows its topic in
 * our own words and the levels plain frequency words with their weights, so the therapist can go
 * through the patient's paper form; a clinic that holds the licence supplies the wording.
 */
@Component(service = FormDefinition.class)
public class HeadacheImpactTestForm extends InstrumentForm {

    /** The five answers from "never" to "always", stored as their weights (Kosinski 2003). */
    private static List<Choice> levels() {
        return IntStream.of(6, 8, 10, 11, 13).mapToObj(weight -> new Choice(Integer.toString(weight),
                text("hit6.level." + weight))).toList();
    }

    public HeadacheImpactTestForm() {
        super("hit6");
    }

    @Override
    public List<FormItem> items() {
        return IntStream.rangeClosed(1, HeadacheImpactTest.ITEMS)
                .mapToObj(n -> FormItem.choice("hit6." + n, text("hit6.item", n, text("hit6.topic." + n)), true,
                        levels())).toList();
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        Integer[] levels = new Integer[HeadacheImpactTest.ITEMS];
        for (int i = 0; i < levels.length; i++) {
            String id = "hit6." + (i + 1);
            levels[i] = wholeNumber(answers, id, itemTitle(id), typing);
        }
        return results(typing, HeadacheImpactTest.score(levels), HeadacheImpactTest.MEASURE);
    }
}
