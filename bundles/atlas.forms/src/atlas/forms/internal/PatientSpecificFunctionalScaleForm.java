package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.PatientSpecificFunctionalScale;
import atlas.measures.PatientSpecificFunctionalScale.Activity;

/**
 * PSFS: up to five activities the patient names, each rated 0-10; three are needed. The names are
 * part of the answers, so a follow-up can offer the same activities for re-rating.
 */
@Component(service = FormDefinition.class)
public class PatientSpecificFunctionalScaleForm extends InstrumentForm {

    public PatientSpecificFunctionalScaleForm() {
        super("psfs");
    }

    @Override
    public List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        for (int n = 1; n <= PatientSpecificFunctionalScale.MAX_ACTIVITIES; n++) {
            boolean needed = n <= PatientSpecificFunctionalScale.MIN_ACTIVITIES;
            items.add(FormItem.text(PatientSpecificFunctionalScale.nameItem(n), text("psfs.activity", n), needed));
            items.add(FormItem.wholeNumber(PatientSpecificFunctionalScale.ratingItem(n), text("psfs.rating", n), 0, 10,
                    needed));
        }
        return items;
    }

    /** Activities are numbered in their observations ("psfs.2"); their names are the titles. */
    @Override
    String partCode(String activity, int position) {
        return Integer.toString(position);
    }

    @Override
    String partTitle(atlas.measures.Measure measure, String activity) {
        return activity;
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> typing = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (int n = 1; n <= PatientSpecificFunctionalScale.MAX_ACTIVITIES; n++) {
            String name = answers.getOrDefault(PatientSpecificFunctionalScale.nameItem(n), "").strip();
            String ratingItem = PatientSpecificFunctionalScale.ratingItem(n);
            Integer rating = wholeNumber(answers, ratingItem, itemTitle(ratingItem), typing);
            if (!name.isEmpty() || rating != null) {
                activities.add(new Activity(name, rating));
            }
        }
        return results(typing, PatientSpecificFunctionalScale.score(activities), PatientSpecificFunctionalScale.MEASURE);
    }
}
