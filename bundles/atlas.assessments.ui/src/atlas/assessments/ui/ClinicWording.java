package atlas.assessments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.api.form.FormWording;
import atlas.core.form.FormWordingService;
import atlas.core.store.StoreException;

/**
 * The licensed wording the forms show: what clinic plugins contribute, then what the clinic imported
 * in the user's language (Administration > Questionnaire Wording), which wins for the same item.
 */
final class ClinicWording {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicWording.class);

    private ClinicWording() {
    }

    static List<FormWording> of(List<FormWording> contributed, FormWordingService imported) {
        List<FormWording> wording = new ArrayList<>(contributed == null ? List.of() : contributed);
        try {
            wording.addAll(imported.forLanguage(Locale.getDefault().getLanguage()));
        } catch (StoreException e) {
            LOG.warn("Imported questionnaire wording not read: {}", e.getMessage());
        }
        return wording;
    }
}
