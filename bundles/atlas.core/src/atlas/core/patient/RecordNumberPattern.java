package atlas.core.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;

/**
 * The clinic's pattern for new record numbers (Administration > Clinic Details), such as
 * {@code P-{YYYY}-{NNNN}}: upper-case letters, digits and dashes as they stand, {@code {YYYY}} or
 * {@code {YY}} for the year of registration, and one run of 3 to 9 {@code N} for the running
 * number, counted per year when the year is part of it. Every number it makes is a valid
 * {@link Patient#RECORD_NUMBER_FORMAT record number}; numbers typed by hand stay allowed.
 */
public record RecordNumberPattern(String text) {

    public static final String FIELD = "recordNumberPattern";
    public static final String LABEL = "Record number pattern";
    private static final Pattern SHAPE = Pattern
            .compile("([A-Z0-9-]|\\{YYYY\\}|\\{YY\\})*\\{N{3,9}\\}([A-Z0-9-]|\\{YYYY\\}|\\{YY\\})*");
    private static final Pattern RUNNING = Pattern.compile("\\{(N{3,9})\\}");

    /** The pattern's errors, by the field {@value #FIELD}; none for an empty pattern (numbers typed by hand). */
    /** The pattern a clinic set, if it set one (empty or blank: every number is typed by hand). */
    public static java.util.Optional<RecordNumberPattern> of(String text) {
        return text == null || text.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(new RecordNumberPattern(text.strip()));
    }

    public static List<FieldError> check(String text) {
        FieldRules rules = new FieldRules().optionalText(FIELD, LABEL, text, 40);
        if (text == null || text.isBlank()) {
            return rules.errors();
        }
        rules.pattern(FIELD, LABEL, text, SHAPE, "allowed.recordNumberPattern");
        if (rules.errors().isEmpty()) {
            RecordNumberPattern pattern = new RecordNumberPattern(text);
            // the longest number it makes must still be a record number (20 characters, starting with a letter or digit)
            String longest = pattern.number(LocalDate.of(2000, 1, 1), pattern.largest());
            if (!Patient.RECORD_NUMBER_FORMAT.matcher(longest).matches()) {
                rules.pattern(FIELD, LABEL, text, Pattern.compile("(?!)"), "allowed.recordNumberPattern");
            }
        }
        return rules.errors();
    }

    /** The record number with {@code running} as its running number, for a patient registered on {@code day}. */
    public String number(LocalDate day, long running) {
        if (running < 1 || running > largest()) {
            throw new IllegalArgumentException("running number " + running + " does not fit " + text);
        }
        return prefix(day) + String.format("%0" + width() + "d", running) + suffix(day);
    }

    /** The running number of {@code recordNumber} if it is one this pattern makes on {@code day}'s year. */
    public OptionalLong runningOf(String recordNumber, LocalDate day) {
        String prefix = prefix(day);
        String suffix = suffix(day);
        if (recordNumber == null || recordNumber.length() != prefix.length() + width() + suffix.length()
                || !recordNumber.startsWith(prefix) || !recordNumber.endsWith(suffix)) {
            return OptionalLong.empty();
        }
        String digits = recordNumber.substring(prefix.length(), prefix.length() + width());
        return digits.chars().allMatch(Character::isDigit) ? OptionalLong.of(Long.parseLong(digits))
                : OptionalLong.empty();
    }

    /** A LIKE pattern that every number of {@code day}'s year matches (no wildcard characters in the literals). */
    public String like(LocalDate day) {
        return prefix(day) + "_".repeat(width()) + suffix(day);
    }

    /** The highest running number the pattern has room for (9999 for NNNN). */
    public long largest() {
        return (long) Math.pow(10, width()) - 1;
    }

    private int width() {
        Matcher running = RUNNING.matcher(text);
        if (!running.find()) {
            throw new IllegalStateException("no running number in " + text);
        }
        return running.group(1).length();
    }

    private String prefix(LocalDate day) {
        return withYear(text.substring(0, text.indexOf("{N")), day);
    }

    private String suffix(LocalDate day) {
        return withYear(text.substring(text.indexOf('}', text.indexOf("{N")) + 1), day);
    }

    private static String withYear(String literal, LocalDate day) {
        String year = Integer.toString(day.getYear());
        return literal.replace("{YYYY}", year).replace("{YY}", year.substring(2));
    }
}
