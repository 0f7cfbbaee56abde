package atlas.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import atlas.core.dates.ClinicDates;

/**
 * Dates typed into a field, read and shown by {@link ClinicDates}: 7.3.2026 or 07.03.2026 in
 * German, 3/7/2026 in US English, ISO 2026-03-07 in every language; the hint and the message
 * name the allowed value.
 */
public final class DateInput {

    private final ClinicDates dates;

    public DateInput(Locale locale) {
        dates = new ClinicDates(locale);
    }

    public static DateInput forPlatform() {
        return new DateInput(Locale.getDefault());
    }

    /** The typed date, or empty if the text is not a date in either form. Blank gives empty. */
    public Optional<LocalDate> parse(String typed) {
        return dates.parse(typed);
    }

    public String format(LocalDate date) {
        return dates.date(date);
    }

    /** "a date such as 27.11.2026 or 2026-11-27", for hints and messages naming the allowed value. */
    public String allowed() {
        return Messages.bind(Messages.date_allowed, dates.example(), dates.isoExample());
    }

    /**
     * Shows in an empty date field what may be typed there (an example date in this language's
     * form), and on hovering the full "a date such as ... or ...".
     */
    public <T extends org.eclipse.swt.widgets.Text> T hint(T field) {
        field.setMessage(dates.example());
        field.setToolTipText(allowed());
        return field;
    }

    /** The message for text that is not blank and not a date. */
    public String notADate(String typed) {
        return Messages.bind(Messages.date_notADate, typed.strip(), allowed());
    }
}
