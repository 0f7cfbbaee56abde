package atlas.ui;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Messages that count: "1 patient", "2 patients", "1 Patient", "2 Patienten". The message holds a
 * choice ({@code {0,choice,0#No patients|1#1 patient|1<{0,number,integer} patients}}) that
 * {@link MessageFormat} picks in the user's language, with the language's digit grouping
 * (1,234 / 1.234). NLS.bind cannot choose, so counting messages go through here.
 */
public final class Counted {

    private Counted() {
    }

    /** {@code message} with its arguments; counts must be numbers, not preformatted text. */
    public static String of(String message, Object... arguments) {
        return new MessageFormat(message, Locale.getDefault()).format(arguments);
    }
}
