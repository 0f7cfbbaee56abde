package ch.seeblick.atlas.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormItem.Choice;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;

/**
 * Physio Seeblick's own jaw-clenching screen, the example of a clinic plugin: four questions the
 * clinic asks at intake of jaw-related headache, scored 0-13 with the clinic's own cut-offs. It is
 * not a validated instrument (no MCID, no bands from the literature): the clinic uses it to decide
 * whether to add a jaw examination. It depends only on Atlas's form contract in atlas.core.
 */
@Component(service = FormDefinition.class)
public class JawClenchingScreen implements FormDefinition {

    static final String ID = "ch.seeblick.jawClenching";
    private static final List<Choice> FREQUENCY = List.of(new Choice("0", "never"), new Choice("1", "rarely"),
            new Choice("2", "some days"), new Choice("3", "most days"), new Choice("4", "every day"));
    private static final List<Choice> YES_NO = List.of(new Choice("0", "no"), new Choice("1", "yes"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return Locale.getDefault().getLanguage().equals("de") ? "Seeblick: Kieferpressen-Screening"
                : "Seeblick jaw-clenching screen";
    }

    @Override
    public List<FormItem> items() {
        return List.of(FormItem.choice("clench.day", "Clenching the teeth during the day", true, FREQUENCY),
                FormItem.choice("clench.night", "Grinding at night reported by a partner", true, YES_NO),
                FormItem.choice("clench.stiffness", "Jaw stiffness on waking", true, FREQUENCY),
                FormItem.choice("clench.headache", "Headache on waking", true, FREQUENCY));
    }

    @Override
    public String licenceNote() {
        return "Physio Seeblick's own screen, free to use within the clinic. Not a validated instrument.";
    }

    /** Sum of the answers, 0-13; 5 or more suggests a jaw examination, 9 or more a dental referral. */
    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        int sum = 0;
        for (FormItem item : items()) {
            String value = answers.getOrDefault(item.id(), "").strip();
            if (value.isEmpty()) {
                problems.add(new FieldError(item.id(), item.title(), "is required"));
            } else if (item.choices().stream().noneMatch(choice -> choice.value().equals(value))) {
                problems.add(new FieldError(item.id(), item.title(), "\"" + value + "\" is not one of the answers"));
            } else {
                sum += Integer.parseInt(value);
            }
        }
        if (!problems.isEmpty()) {
            return FormScoring.refused(problems);
        }
        return FormScoring.scored(List.of(new FormResult(SeeblickMeasures.CLENCHING, title(), sum, "points",
                SeeblickMeasures.band(sum), null, true)));
    }
}
