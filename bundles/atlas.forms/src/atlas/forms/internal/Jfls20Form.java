package atlas.forms.internal;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.measures.JawFunctionalLimitationScale;
import atlas.measures.Measure;
import atlas.measures.ScoreResult;

/** JFLS-20: global score and the mastication, mobility and communication subscales. */
@Component(service = FormDefinition.class)
public class Jfls20Form extends JawFunctionalLimitationForm {

    public Jfls20Form() {
        super("jfls20", 20);
    }

    @Override
    ScoreResult score(Integer[] items) {
        return JawFunctionalLimitationScale.score20(items);
    }

    @Override
    Measure measure() {
        return JawFunctionalLimitationScale.JFLS20;
    }
}
