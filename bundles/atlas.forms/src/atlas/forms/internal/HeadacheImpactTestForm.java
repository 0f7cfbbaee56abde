package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;

import atlas.core.form.FormDefinition;
import atlas.core.form.FormItem;
import atlas.core.form.FormItem.Choice;
import atlas.core.form.FormScoring;
import atlas.core.validation.FieldError;
import atlas.measures.HeadacheImpactTest;

/**
 * HIT-6 (QualityMetric, Kosinski 2003): six items answered on five levels, stored as their
 * weights 6, 8, 10, 11, 13. No item or response wording (trademark and licence): the items are
 * numbered and the levels shown as their weights, unless a clinic supplies the licensed wording.
 */
@Component(service = FormDefinition.class)
public class HeadacheImpactTestForm extends InstrumentForm {

    private static final List<Choice> LEVELS = List.of(new Choice("6", "6"), new Choice("8", "8"),
            new Choice("10", "10"), new Choice("11", "11"), new Choice("13", "13"));

    public HeadacheImpactTestForm() {
        super("hit6");
    }

    @Override
    public List<FormItem> items() {
        return IntStream.rangeClosed(1, HeadacheImpactTest.ITEMS)
                .mapToObj(n -> FormItem.choice("hit6." + n, text("hit6.item", n), true, LEVELS)).toList();
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
