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
import atlas.measures.FonsecaAnamnesticIndex;
import atlas.measures.FonsecaAnamnesticIndex.Answer;

/**
 * Fonseca Anamnestic Index: 10 questions, yes / sometimes / no. The wording's licence is unknown, so
 * each question shows its topic in our own words (clinical reference, "Licences").
 */
@Component(service = FormDefinition.class)
public class FonsecaAnamnesticIndexForm extends InstrumentForm {

    public FonsecaAnamnesticIndexForm() {
        super("fonseca");
    }

    @Override
    public List<FormItem> items() {
        List<Choice> answers = List.of(new Choice("YES", text("fonseca.yes")),
                new Choice("SOMETIMES", text("fonseca.sometimes")), new Choice("NO", text("fonseca.no")));
        return IntStream.rangeClosed(1, FonsecaAnamnesticIndex.QUESTIONS)
                .mapToObj(n -> FormItem.choice("fonseca." + n, text("fonseca.question", n, text("fonseca.topic." + n)), true, answers)).toList();
    }

    @Override
    public FormScoring score(Map<String, String> typed) {
        List<FieldError> typing = new ArrayList<>();
        Answer[] answers = new Answer[FonsecaAnamnesticIndex.QUESTIONS];
        for (int i = 0; i < answers.length; i++) {
            String id = "fonseca." + (i + 1);
            String value = typed.getOrDefault(id, "").strip();
            if (!value.isEmpty()) {
                try {
                    answers[i] = Answer.valueOf(value);
                } catch (IllegalArgumentException e) {
                    typing.add(new FieldError(id, itemTitle(id), text("problem.notAChoice", value)));
                }
            }
        }
        return results(typing, FonsecaAnamnesticIndex.score(answers), FonsecaAnamnesticIndex.MEASURE);
    }
}
