package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.JawFunctionalLimitationScale;
import atlas.measures.Measure;
import atlas.measures.ScoreResult;

/** JFLS-8 and JFLS-20 (DC/TMD, INfORM network): items 0-10, a few may be missing. */
abstract class JawFunctionalLimitationForm extends InstrumentForm {

    private final String code;
    private final int itemCount;

    JawFunctionalLimitationForm(String code, int itemCount) {
        super(code);
        this.code = code;
        this.itemCount = itemCount;
    }

    @Override
    public List<FormItem> items() {
        return IntStream.rangeClosed(1, itemCount)
                .mapToObj(n -> FormItem.wholeNumber(code + "." + n, text(code + ".item." + n), 0, 10, false)).toList();
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        Integer[] items = new Integer[itemCount];
        for (int i = 0; i < itemCount; i++) {
            String id = code + "." + (i + 1);
            items[i] = wholeNumber(answers, id, itemTitle(id), typing);
        }
        return results(typing, score(items), measure());
    }

    abstract ScoreResult score(Integer[] items);

    abstract Measure measure();
}
