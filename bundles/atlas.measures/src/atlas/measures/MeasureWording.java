package atlas.measures;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Band names and scoring messages in the user's language (wording.properties, German _de). */
final class MeasureWording {

    private MeasureWording() {
    }

    static String of(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("atlas.measures.wording", Locale.getDefault(),
                MeasureWording.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
