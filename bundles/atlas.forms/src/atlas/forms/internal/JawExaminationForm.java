package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.core.form.FormDefinition;
import atlas.core.form.FormItem;
import atlas.core.form.FormItem.Choice;
import atlas.core.form.FormResult;
import atlas.core.form.FormScoring;
import atlas.core.validation.FieldError;
import atlas.measures.MouthOpening;

/**
 * The jaw examination: mouth opening (pain-free, maximum unassisted and assisted, mm) and the
 * DC/TMD short screen (Schiffman 2014): myalgia, and headache attributed to TMD (temple headache
 * changed by jaw use and reproduced on temporalis palpation). A "yes" is stored as 1.
 */
@Component(service = FormDefinition.class)
public class JawExaminationForm extends InstrumentForm {

    static final String[] SCREEN = { "dctmd.myalgia", "dctmd.headache" };

    public JawExaminationForm() {
        super("jawExam");
    }

    @Override
    public List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        items.add(FormItem.wholeNumber("mouthOpening.painFree", text("jawExam.painFree"), 0, 90, false));
        items.add(FormItem.wholeNumber("mouthOpening.unassisted", text("jawExam.unassisted"), 0, 90, false));
        items.add(FormItem.wholeNumber("mouthOpening.assisted", text("jawExam.assisted"), 0, 90, false));
        List<Choice> yesNo = List.of(new Choice("YES", text("jawExam.yes")), new Choice("NO", text("jawExam.no")));
        for (String finding : SCREEN) {
            items.add(FormItem.choice(finding, text("jawExam." + finding), false, yesNo));
        }
        return items;
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        List<FormResult> results = new ArrayList<>();
        if (NeckExaminationForm.started(answers, "mouthOpening.painFree", "mouthOpening.unassisted",
                "mouthOpening.assisted")) {
            Integer painFree = wholeNumber(answers, "mouthOpening.painFree", itemTitle("mouthOpening.painFree"),
                    problems);
            Integer unassisted = wholeNumber(answers, "mouthOpening.unassisted",
                    itemTitle("mouthOpening.unassisted"), problems);
            Integer assisted = wholeNumber(answers, "mouthOpening.assisted", itemTitle("mouthOpening.assisted"),
                    problems);
            NeckExaminationForm.collect(results, problems, results(new ArrayList<>(),
                    MouthOpening.score(painFree, unassisted, assisted), MouthOpening.MEASURE, "mm", "mm"));
        }
        for (String finding : SCREEN) {
            String value = answers.getOrDefault(finding, "").strip();
            if (value.equals("YES") || value.equals("NO")) {
                results.add(new FormResult(finding, itemTitle(finding), value.equals("YES") ? 1 : 0, "yes=1", null,
                        null, true));
            } else if (!value.isEmpty()) {
                problems.add(new FieldError(finding, itemTitle(finding), text("problem.notAChoice", value)));
            }
        }
        if (problems.isEmpty() && results.isEmpty()) {
            problems.add(new FieldError(id(), title(), text("problem.nothingExamined")));
        }
        return problems.isEmpty() ? FormScoring.scored(results) : FormScoring.refused(problems);
    }
}
