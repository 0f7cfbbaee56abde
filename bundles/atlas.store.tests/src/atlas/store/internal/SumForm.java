package atlas.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.store.internal.records.JpaFormResponseService;

/**
 * A small form for the store's tests, so they submit answers as every caller does: items "q1" to
 * "qN", whole numbers 0 to 10, all required; scored as their sum under the measure code and that sum
 * as a per cent of the most it can be, "measure.percent". An answer missing or out of range is
 * refused by its item, as the built-in forms do.
 */
final class SumForm implements FormDefinition {

    private final String id;
    private final String measure;
    private final int items;
    private final String version;

    SumForm(String id, String measure, int items) {
        this(id, measure, items, "1");
    }

    SumForm(String id, String measure, int items, String version) {
        this.id = id;
        this.measure = measure;
        this.items = items;
        this.version = version;
    }

    /** The service with this form installed, as DS installs the forms. */
    static JpaFormResponseService installedIn(JpaFormResponseService service, SumForm... forms) {
        for (SumForm form : forms) {
            service.addForm(form);
        }
        return service;
    }

    /** Answers q1..qN that add up to {@code total}. */
    Map<String, String> answersFor(int total) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        int left = total;
        for (int n = 1; n <= items; n++) {
            int value = Math.min(10, left);
            answers.put("q" + n, Integer.toString(value));
            left -= value;
        }
        return answers;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String title() {
        return "Test form " + id;
    }

    @Override
    public List<FormItem> items() {
        List<FormItem> list = new ArrayList<>();
        for (int n = 1; n <= items; n++) {
            list.add(FormItem.wholeNumber("q" + n, "Question " + n, 0, 10, true));
        }
        return list;
    }

    @Override
    public String licenceNote() {
        return "test";
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        int sum = 0;
        for (int n = 1; n <= items; n++) {
            String answer = answers.get("q" + n);
            try {
                int value = Integer.parseInt(answer == null ? "" : answer);
                if (value < 0 || value > 10) {
                    problems.add(new FieldError("q" + n, "Question " + n, value + " is outside 0 to 10"));
                }
                sum += value;
            } catch (NumberFormatException e) {
                problems.add(new FieldError("q" + n, "Question " + n, "is required (0 to 10)"));
            }
        }
        return problems.isEmpty() ? FormScoring.scored(List.of(
                new FormResult(measure, "Sum", sum, "points", null, 2.0, true),
                new FormResult(measure + ".percent", "Per cent", 100.0 * sum / (10 * items), "%", null, null, true)))
                : FormScoring.refused(problems);
    }
}
