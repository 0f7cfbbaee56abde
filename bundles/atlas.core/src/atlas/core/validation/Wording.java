package atlas.core.validation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import atlas.core.dates.ClinicDates;

/**
 * The words of validation messages in the user's language (wording.properties, German in
 * wording_de.properties), chosen by the JVM's default locale, which Eclipse sets from -nl or the
 * system. Plain JDK resource bundles: the domain stays free of UI libraries.
 */
public final class Wording {

    private static final String BUNDLE = "atlas.core.validation.wording";

    private Wording() {
    }

    private static ResourceBundle bundle() {
        // looked up per call: cheap (the JDK caches bundles) and follows a changed default locale
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Wording.class.getClassLoader());
    }

    /**
     * The message {@code key} with its arguments filled in; dates and date-times written the way the
     * user writes them ({@link ClinicDates}), so a refusal names a value that can be typed back.
     */
    public static String of(String key, Object... arguments) {
        ClinicDates dates = ClinicDates.forPlatform();
        Object[] shown = arguments == null ? new Object[0] : arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = dates.date(day);
            } else if (shown[i] instanceof LocalDateTime when) {
                shown[i] = dates.dateTime(when);
            }
        }
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(shown);
    }

    /** The wording for {@code keyOrText} if it is a key of the bundle, else the text as it is. */
    public static String text(String keyOrText) {
        try {
            return bundle().getString(keyOrText);
        } catch (MissingResourceException notAKey) {
            return keyOrText;
        }
    }

    /** The field's label in the user's language ("label.&lt;field&gt;"), else {@code label}. */
    public static String label(String field, String label) {
        String key = "label." + field.replaceAll("\\[\\d+\\]", "[]");
        String translated = text(key);
        return translated.equals(key) ? label : translated;
    }
}
