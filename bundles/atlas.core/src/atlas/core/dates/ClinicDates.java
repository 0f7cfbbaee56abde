package atlas.core.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way Atlas shows and reads dates and times in a language, so that what a screen, a print
 * and a message show is what the same user may type back.
 * <ul>
 * <li>Dates are numeric with a four-digit year, in the order of the language's short form: German
 * 12.03.1988, US English 3/12/1988. A two-digit year is never shown nor read: for a birth date it
 * is ambiguous.</li>
 * <li>Typing accepts day and month with one or two digits (German "12.3.1988" and "12.03.1988"),
 * and ISO 1988-03-12 in every language.</li>
 * <li>Times are the language's short form: 24 hours in German (14:30), the 12-hour clock in US
 * English. The narrow no-break space that newer CLDR data puts before AM/PM is written as a plain
 * space: it is missing from many fonts and cannot be typed.</li>
 * </ul>
 */
public final class ClinicDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TWENTY_FOUR_HOURS = DateTimeFormatter.ofPattern("H:mm");
    /** The date used in hints: unambiguous in every order (day 27 cannot be a month). */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 27);

    private static volatile ClinicDates platform;

    private final Locale locale;
    private final DateTimeFormatter date;
    /** The same date form, reading instants in this computer's zone (for date and time together). */
    private final DateTimeFormatter zonedDate;
    private final String datePattern;
    private final DateTimeFormatter typedDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter typedTime;
    private final DateTimeFormatter longDate;

    public ClinicDates(Locale locale) {
        this.locale = locale;
        String datePattern = fourDigitYear(pattern(FormatStyle.SHORT, null));
        date = DateTimeFormatter.ofPattern(datePattern, locale).withResolverStyle(ResolverStyle.STRICT);
        zonedDate = date.withZone(ZoneId.systemDefault());
        this.datePattern = datePattern.replace('u', 'y');
        String lenientDigits = datePattern.replace("dd", "d").replace("MM", "M");
        typedDate = DateTimeFormatter.ofPattern(lenientDigits, locale).withResolverStyle(ResolverStyle.STRICT);
        String timePattern = pattern(null, FormatStyle.SHORT).replace('\u202f', ' ').replace('\u00a0', ' ');
        time = DateTimeFormatter.ofPattern(timePattern, locale).withZone(ZoneId.systemDefault());
        typedTime = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(timePattern.replace("HH", "H").replace("hh", "h")).toFormatter(locale);
        longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /**
     * The dates of the language the workstation runs in (Eclipse sets it from -nl); kept while the
     * language stays, so a table may ask per row.
     */
    public static ClinicDates forPlatform() {
        Locale now = Locale.getDefault();
        ClinicDates cached = platform;
        if (cached == null || !cached.locale.equals(now)) {
            cached = new ClinicDates(now);
            platform = cached;
        }
        return cached;
    }

    public Locale locale() {
        return locale;
    }

    /** The typed date; empty when the text is blank or no date in the language's form or ISO. */
    public Optional<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return firstReading(text, LocalDate::from, typedDate, ISO);
    }

    /** A date as this language writes it, "" for none. */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** A time of day (from a time, a date-time or an instant, in this computer's zone), "" for none. */
    public String time(TemporalAccessor when) {
        return when == null ? "" : time.format(when);
    }

    /**
     * A typed time of day: the language's short form ("14:30"; "2:30 PM", any case) or the 24-hour
     * clock in every language ("14:30", "9:05"); empty when the text is blank or no time.
     */
    public Optional<LocalTime> parseTime(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return firstReading(text, LocalTime::from, typedTime, TWENTY_FOUR_HOURS);
    }

    /** Date and time: "12.03.1988 14:30", "3/12/1988 2:30 PM"; instants in this computer's zone. */
    public String dateTime(TemporalAccessor when) {
        if (when == null) {
            return "";
        }
        return zonedDate.format(when) + " " + time.format(when);
    }

    /** A month as the language names it: "Nov 2026", "Nov. 2026". */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMM uuuu", locale).format(month);
    }

    /** The date spelled out, for letters and prints: "12. März 1988", "March 12, 1988". */
    public String longDate(LocalDate day) {
        return day == null ? "" : longDate.format(day);
    }

    /** The date pattern for java.text formats (JFreeChart's tooltips and axes): "dd.MM.yyyy", "M/d/yyyy". */
    public String datePattern() {
        return datePattern;
    }

    /** An example of each accepted form, for hints and messages: "27.11.2026", "2026-11-27". */
    public String example() {
        return date.format(EXAMPLE);
    }

    public String isoExample() {
        return ISO.format(EXAMPLE);
    }

    /** The text read by the first of {@code forms} that reads all of it; empty when none does. */
    private static <T> Optional<T> firstReading(String text, java.time.temporal.TemporalQuery<T> as,
            DateTimeFormatter... forms) {
        for (DateTimeFormatter form : forms) {
            try {
                return Optional.of(form.parse(text, as));
            } catch (DateTimeParseException notThisForm) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private String pattern(FormatStyle dateStyle, FormatStyle timeStyle) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(dateStyle, timeStyle, IsoChronology.INSTANCE,
                locale);
    }

    private static String fourDigitYear(String shortPattern) {
        String pattern = shortPattern.replace('y', 'u');
        if (pattern.contains("uuuu")) {
            return pattern;
        }
        // "yy" (German, US) or a lone "y" (British) become four digits
        return pattern.replaceAll("u+", "uuuu");
    }
}
