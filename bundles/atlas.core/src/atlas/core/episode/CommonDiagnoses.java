package atlas.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The diagnoses this clinic codes most, offered when an episode starts, and their titles in the
 * user's language: a diagnosis picked from this list shows its title in the language of whoever
 * reads the record (the German window shows "Spannungskopfschmerz", the English one "Tension-type
 * headache"), while a title the therapist wrote themselves is shown as written. Each diagnosis is
 * labelled with its code system: M26.60 and G44.86 are ICD-10-CM codes, K07.6 is the WHO ICD-10
 * (and ICD-10-GM) code for the same joint disorders.
 */
public final class CommonDiagnoses {

    private static final String BUNDLE = "atlas.core.episode.diagnoses";
    /** In the order offered. */
    private static final String[] KEYS = { "ICD-10.G43.0", "ICD-10.G43.1", "ICD-10.G44.2", "ICD-10.M53.0",
            "ICD-10-CM.G44.86", "ICD-10.K07.6", "ICD-10-CM.M26.60", "ICD-10.M54.2" };
    private static final Locale[] SHIPPED = { Locale.ENGLISH, Locale.GERMAN };

    private CommonDiagnoses() {
    }

    /** The list to pick from, titled in the user's language. */
    public static List<Diagnosis> offered() {
        List<Diagnosis> offered = new ArrayList<>();
        for (String key : KEYS) {
            int dot = key.indexOf('.');
            String system = key.substring(0, dot);
            String code = key.substring(dot + 1);
            offered.add(new Diagnosis(system, code, title(key, Locale.getDefault())));
        }
        return offered;
    }

    /**
     * The title to show for {@code diagnosis} in the user's language: the catalogue's when the
     * stored title is a catalogue title of the same code in any shipped language (or empty), else
     * the stored one.
     */
    public static String shownTitle(Diagnosis diagnosis) {
        // ICD-10-GM keeps the WHO codes of this list, so its diagnoses share their titles
        String system = Diagnosis.ICD_10_GM.equals(diagnosis.getCodeSystem()) ? Diagnosis.ICD_10 : diagnosis.getCodeSystem();
        String key = system + "." + diagnosis.getCode();
        String stored = diagnosis.getText() == null ? "" : diagnosis.getText().strip();
        String local = title(key, Locale.getDefault());
        if (local == null) {
            return stored;
        }
        if (stored.isEmpty()) {
            return local;
        }
        for (Locale language : SHIPPED) {
            if (stored.equals(title(key, language))) {
                return local;
            }
        }
        return stored;
    }

    /** "G44.2 Spannungskopfschmerz (ICD-10)": code, title in the user's language, code system. */
    public static String shown(Diagnosis diagnosis) {
        return diagnosis.getCode() + " " + shownTitle(diagnosis) + " (" + diagnosis.getCodeSystem() + ")";
    }

    private static String title(String key, Locale language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language, CommonDiagnoses.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException notInTheCatalogue) {
            return null;
        }
    }
}
