package atlas.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as therapists type them: the short numeric form of their language with a four-digit year
 * (27.11.2026 in German, 11/27/2026 in US English) or ISO 2026-11-27, which every locale accepts.
 */
public final class DateInput {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private final DateTimeFormatter local;

    public DateInput(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        if (!pattern.contains("yyy")) {
            pattern = pattern.replace("yy", "yyyy"); // two-digit years are ambiguous for birth dates
        }
        local = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), locale).withResolverStyle(ResolverStyle.STRICT);
    }

    public static DateInput forPlatform() {
        return new DateInput(Locale.getDefault());
    }

    /** The typed date, or empty if the text is not a date in either form. Blank gives empty. */
    public Optional<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] { local, ISO }) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisForm) {
                // try the next
            }
        }
        return Optional.empty();
    }

    public String format(LocalDate date) {
        return date == null ? "" : local.format(date);
    }

    /** "a date such as 27.11.2026 or 2026-11-27", for messages naming the allowed value. */
    public String allowed() {
        LocalDate example = LocalDate.of(2026, 11, 27);
        return Messages.bind(Messages.date_allowed, local.format(example), ISO.format(example));
    }

    /** The message for text that is not blank and not a date. */
    public String notADate(String typed) {
        return Messages.bind(Messages.date_notADate, typed.strip(), allowed());
    }
}
