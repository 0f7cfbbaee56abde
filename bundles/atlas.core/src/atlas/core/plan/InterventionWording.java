package atlas.core.plan;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The catalogue's intervention names and a dosage in the user's language (interventions*.properties),
 * shared by the plan editor, the home-programme handout and the progress report.
 */
public final class InterventionWording {

    private InterventionWording() {
    }

    /** The built-in intervention's name; a code Atlas does not know shows as it is. */
    public static String title(String code) {
        try {
            return bundle().getString(code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    /** "3 x 10, hold 10 s, 24 mmHg, C1-C2, grade III, 10 min, 7 x/week", what is set of it. */
    public static String dosage(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        if (dosage.getSets() != null || dosage.getReps() != null) {
            parts.add(text("dosage.setsReps", orUnknown(dosage.getSets()), orUnknown(dosage.getReps())));
        }
        if (dosage.getHoldSeconds() != null) {
            parts.add(text("dosage.hold", dosage.getHoldSeconds()));
        }
        for (String text : new String[] { dosage.getLoadOrStage(), dosage.getSideOrSegment() }) {
            if (text != null && !text.isBlank()) {
                parts.add(text);
            }
        }
        if (dosage.getGrade() != null) {
            parts.add(text("dosage.grade", dosage.getGrade()));
        }
        if (dosage.getMinutes() != null) {
            parts.add(text("dosage.minutes", dosage.getMinutes()));
        }
        if (dosage.getTimesPerWeek() != null) {
            parts.add(perWeek(dosage.getTimesPerWeek()));
        }
        return String.join(", ", parts);
    }

    /** "7 x/week". */
    public static String perWeek(int times) {
        return text("dosage.perWeek", times);
    }

    /** The exercise's name as a patient reads it; a clinic's or unknown entry keeps {@code fallback}. */
    public static String homeTitle(String code, String fallback) {
        return optional("home.title." + code).orElse(fallback);
    }

    /** Plain instructions for doing it at home (catalogue text, en and de); a general line otherwise. */
    public static String homeInstructions(String code) {
        return optional("home.how." + code).orElseGet(() -> bundle().getString("home.how.default"));
    }

    /**
     * Instructions for a family member who helps at home, for what a helper can learn (basic
     * massage, home traction - as issue 15 names them); empty for everything else.
     *
     * @param patient the patient's given name, as the helper calls them
     */
    public static java.util.Optional<String> helperInstructions(String code, String patient) {
        return optional("helper.how." + code).map(text -> new MessageFormat(text, Locale.getDefault())
                .format(new Object[] { patient }));
    }

    /**
     * The dose as people say it: "3 rounds of 10 times, hold each for 10 seconds", "for 15
     * minutes" - no pressure stages, grades or segments, which are for the therapist.
     */
    public static String homeDose(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        if (dosage.getReps() != null) {
            String times = text("home.repeat", dosage.getReps());
            parts.add(dosage.getSets() != null && dosage.getSets() > 1 ? text("home.rounds", dosage.getSets(), times)
                    : times);
        }
        if (dosage.getHoldSeconds() != null) {
            parts.add(text("home.hold", dosage.getHoldSeconds()));
        }
        if (dosage.getMinutes() != null) {
            parts.add(text("home.minutes", dosage.getMinutes()));
        }
        return String.join(", ", parts);
    }

    /** How often as people say it: "once a day", "twice a day", "3 times a week". */
    public static String howOften(int timesPerWeek) {
        if (timesPerWeek == 1 || timesPerWeek == 7 || timesPerWeek == 14) {
            return text("home.often." + timesPerWeek);
        }
        if (timesPerWeek > 7 && timesPerWeek % 7 == 0) {
            return text("home.often.perDay", timesPerWeek / 7);
        }
        return text("home.often.perWeek", timesPerWeek);
    }

    private static java.util.Optional<String> optional(String key) {
        try {
            return java.util.Optional.of(bundle().getString(key));
        } catch (MissingResourceException missing) {
            return java.util.Optional.empty();
        }
    }

    private static String orUnknown(Integer value) {
        return value == null ? "?" : value.toString();
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(arguments);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("atlas.core.plan.interventions", Locale.getDefault(),
                InterventionWording.class.getClassLoader());
    }
}
