package atlas.forms.internal;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.measures.JawFunctionalLimitationScale;
import atlas.measures.Measure;
import atlas.measures.ScoreResult;

/** JFLS-8: the short jaw function scale, mean of 8 items. */
@Component(service = FormDefinition.class)
public class Jfls8Form extends JawFunctionalLimitationForm {

    public Jfls8Form() {
        super("jfls8", 8);
    }

    @Override
    ScoreResult score(Integer[] items) {
        return JawFunctionalLimitationScale.score8(items);
    }

    @Override
    Measure measure() {
        return JawFunctionalLimitationScale.JFLS8;
    }
}
