package atlas.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import atlas.core.redflag.RedFlag;

/**
 * The questions of the red-flag screen in the user's language (redflags.properties and
 * redflags_de.properties, keyed by the stored code). Wording after SNNOOP10 (Do et al. 2019,
 * Neurology 92:134) and the cervical arterial dysfunction screen of the clinical reference.
 */
public final class RedFlagWording {

    private static final ResourceBundle WORDING = ResourceBundle.getBundle("atlas.ui.redflags", Locale.getDefault(),
            RedFlagWording.class.getClassLoader());

    private RedFlagWording() {
    }

    public static String of(RedFlag flag) {
        return of(flag.code());
    }

    /** The wording of a stored code; a code from a newer Atlas shows as it is. */
    public static String of(String code) {
        try {
            return WORDING.getString(code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    public static String of(RedFlag.Group group) {
        return of("group." + group.name());
    }
}
