package atlas.plans.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Names of the catalogue's interventions (interventions*.properties, by code); unknown codes show as they are. */
final class InterventionTitles {

    private InterventionTitles() {
    }

    static String of(String code) {
        try {
            return ResourceBundle.getBundle("atlas.plans.ui.interventions", Locale.getDefault(),
                    InterventionTitles.class.getClassLoader()).getString(code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }
}
