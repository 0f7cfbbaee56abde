package atlas.core.diary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import atlas.api.validation.FieldError;
import atlas.core.validation.Wording;

/**
 * Reads a headache diary a patient kept in a spreadsheet, saved as CSV (comma or semicolon, as
 * German spreadsheets write it). The first line names the columns, in any order:
 * {@code date} (2026-11-27 or 27.11.2026, required), {@code start} (14:30), {@code minutes},
 * {@code intensity} (0-10, required), {@code side} (left, right, both), {@code pulsating},
 * {@code nausea}, {@code light}, {@code sound} (yes/no), {@code aura_minutes}, {@code medication},
 * {@code medication_class} (simple_analgesic, nsaid, triptan, ergot, gepant, opioid, combination,
 * other), {@code triggers}. Every row is checked on its own: good rows are returned to be saved
 * together, each bad row is named with its line and field, so the therapist can correct the file.
 */
public final class DiaryCsv {

    /** A rejected row: its line in the file (1 = the header) and what is wrong. */
    public record RowProblem(int line, FieldError error) {

        @Override
        public String toString() {
            return Wording.of("diary.csv.line", line, error.toString());
        }
    }

    /** The rows that can be saved and the problems of the others. */
    public record Result(List<HeadacheDiaryEntry> entries, List<RowProblem> problems) {
    }

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> COLUMNS = List.of("date", "start", "minutes", "intensity", "side",
            "pulsating", "nausea", "light", "sound", "aura_minutes", "medication", "medication_class", "triggers");

    /** The entry's field for each column whose value may be unreadable. */
    private static final Map<String, String> FIELD_OF = Map.of("date", "startsAt", "start", "startsAt", "minutes",
            "durationMinutes", "intensity", "intensity", "aura_minutes", "auraMinutes", "side", "side", "nausea",
            "nausea", "pulsating", "pulsating", "light", "light", "sound", "sound");

    private DiaryCsv() {
    }

    public static Result read(Reader csv, long patientId, LocalDateTime now) throws IOException {
        List<HeadacheDiaryEntry> entries = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        BufferedReader lines = new BufferedReader(csv);
        String header = lines.readLine();
        if (header == null) {
            problems.add(new RowProblem(1, new FieldError("file", "CSV", Wording.of("diary.csv.empty"))));
            return new Result(entries, problems);
        }
        char separator = header.contains(";") ? ';' : ',';
        List<String> names = split(header.replace("\uFEFF", ""), separator);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new RowProblem(1, new FieldError(name, name,
                        Wording.of("diary.csv.unknownColumn", String.join(", ", COLUMNS)))));
            }
            column.put(name, i);
        }
        for (String required : List.of("date", "intensity")) {
            if (!column.containsKey(required)) {
                problems.add(new RowProblem(1, new FieldError(required, required, Wording.of("diary.csv.missingColumn"))));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(entries, problems);
        }
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(split(line, separator), column, number);
            HeadacheDiaryEntry entry = row.entry(patientId);
            List<RowProblem> rowProblems = new ArrayList<>(row.problems);
            // the entry's own rules too, except for a value already named as unreadable
            List<String> unreadable = row.problems.stream().map(problem -> FIELD_OF.get(problem.error().field()))
                    .toList();
            entry.validate(now).stream().filter(error -> !unreadable.contains(error.field()))
                    .forEach(error -> rowProblems.add(new RowProblem(row.line, error)));
            if (rowProblems.isEmpty()) {
                entries.add(entry);
            } else {
                problems.addAll(rowProblems);
            }
        }
        return new Result(entries, problems);
    }

    /** One line's values by column name, read with a problem per unreadable value. */
    private static final class Row {
        private final List<String> values;
        private final Map<String, Integer> column;
        private final int line;
        private final List<RowProblem> problems = new ArrayList<>();

        Row(List<String> values, Map<String, Integer> column, int line) {
            this.values = values;
            this.column = column;
            this.line = line;
        }

        String text(String name) {
            Integer index = column.get(name);
            return index == null || index >= values.size() ? "" : values.get(index).strip();
        }

        void problem(String name, String key, Object... arguments) {
            problems.add(new RowProblem(line, new FieldError(name, name, Wording.of(key, arguments))));
        }

        Integer number(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                problem(name, "diary.csv.notANumber", value);
                return null;
            }
        }

        boolean yes(String name) {
            String value = text(name).toLowerCase(Locale.ROOT);
            if (value.isEmpty() || List.of("no", "n", "0", "nein").contains(value)) {
                return false;
            }
            if (List.of("yes", "y", "1", "ja", "j").contains(value)) {
                return true;
            }
            problem(name, "diary.csv.notYesNo", text(name));
            return false;
        }

        LocalDateTime start() {
            String date = text("date");
            LocalDate day = null;
            try {
                day = date.contains(".") ? LocalDate.parse(date, GERMAN_DATE) : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problem("date", "diary.csv.notADate", date);
                return null;
            }
            String time = text("start");
            try {
                return day.atTime(time.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(time.length() == 4
                        ? "0" + time : time));
            } catch (DateTimeParseException e) {
                problem("start", "diary.csv.notATime", time);
                return null;
            }
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String value = text(name);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(name, "diary.csv.notAChoice", value);
                return null;
            }
        }

        HeadacheDiaryEntry entry(long patientId) {
            HeadacheDiaryEntry entry = new HeadacheDiaryEntry(patientId, start(), number("minutes"),
                    number("intensity"));
            entry.setSide(choice("side", HeadacheSide.class));
            entry.setPulsating(yes("pulsating"));
            entry.setNauseaOrVomiting(yes("nausea"));
            entry.setPhotophobia(yes("light"));
            entry.setPhonophobia(yes("sound"));
            entry.setAuraMinutes(number("aura_minutes"));
            entry.setMedicationName(text("medication").isEmpty() ? null : text("medication"));
            entry.setMedicationClass(choice("medication_class", MedicationClass.class));
            entry.setTriggers(text("triggers").isEmpty() ? null : text("triggers"));
            return entry;
        }
    }

    /** Splits one CSV line; a value in double quotes may hold the separator ("" is a quote). */
    static List<String> split(String line, char separator) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }
}
