package atlas.core.redflag;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The questions of the red-flag screen in the user's language (redflags.properties and
 * redflags_de.properties, keyed by the stored code). Wording after SNNOOP10 (Do et al. 2019,
 * Neurology 92:134) and the cervical arterial dysfunction screen of the clinical reference. In core
 * so that a refusal by the services names the flags as the screen does, never by their codes.
 */
public final class RedFlagWording {

    private RedFlagWording() {
    }

    public static String of(RedFlag flag) {
        return of(flag.code());
    }

    /** The wording of a stored code; a code from a newer Atlas shows as it is. */
    public static String of(String code) {
        try {
            return bundle().getString(code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    public static String of(RedFlag.Group group) {
        return of("group." + group.name());
    }

    /** "Dizziness; Double vision": the flags in the user's words, in the order given. */
    public static String list(List<String> codes) {
        return codes.stream().map(RedFlagWording::of).collect(Collectors.joining("; "));
    }

    private static ResourceBundle bundle() {
        // looked up per call (the JDK caches bundles): follows the locale Eclipse sets from -nl
        return ResourceBundle.getBundle("atlas.core.redflag.redflags", Locale.getDefault(),
                RedFlagWording.class.getClassLoader());
    }
}
