package atlas.interchange.csv;

import java.time.Duration;
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
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.core.validation.Wording;
import atlas.interchange.csv.CsvFile.Problem;
import atlas.interchange.csv.CsvFile.Row;

/**
 * A headache diary a patient kept in a spreadsheet, read from a {@link CsvFile} table. The header
 * names the columns, in any order, one per item of the clinical reference's diary entry:
 * {@code date} (2026-11-27 or 27.11.2026, required), {@code start} and {@code end} (14:30),
 * {@code minutes} (or the time from start to end), {@code intensity} (0-10, required), {@code side}
 * (left, right, both), {@code side_locked}, {@code pulsating}, {@code pressing},
 * {@code worse_with_activity}, {@code nausea}, {@code light}, {@code sound}, {@code neck}
 * (provoked by neck posture or movement), {@code jaw} (by jaw use or clenching) - each yes or no -,
 * {@code aura_type}, {@code aura_minutes}, {@code medication}, {@code medication_class}
 * (simple_analgesic, nsaid, triptan, ergot, gepant, opioid, combination, other),
 * {@code medication_time} (14:45), {@code relief_2h} (yes, no, or empty when unknown),
 * {@code triggers}, {@code disability} (0 none to 3 bed rest). Each row is checked on its own: good
 * rows are returned to be saved together, each bad row named by its line and field, so that the
 * therapist can correct the file.
 */
public final class DiaryCsv {

    /** The rows that can be saved and the problems of the others. */
    public record Result(List<HeadacheDiaryEntry> entries, List<Problem> problems) {
    }

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    static final List<String> COLUMNS = List.of("date", "start", "end", "minutes", "intensity", "side",
            "side_locked", "pulsating", "pressing", "worse_with_activity", "nausea", "light", "sound", "neck", "jaw",
            "aura_type", "aura_minutes", "medication", "medication_class", "medication_time", "relief_2h", "triggers",
            "disability");
    private static final Map<String, HeadacheSide> SIDES = Map.of("left", HeadacheSide.LEFT, "links",
            HeadacheSide.LEFT, "right", HeadacheSide.RIGHT, "rechts", HeadacheSide.RIGHT, "both", HeadacheSide.BOTH,
            "beide", HeadacheSide.BOTH, "beidseits", HeadacheSide.BOTH);

    /** The entry's field for each column, so that a value named unreadable is not named again by the entry's rules. */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(Map.entry("date", "startsAt"),
            Map.entry("start", "startsAt"), Map.entry("end", "durationMinutes"), Map.entry("minutes", "durationMinutes"),
            Map.entry("intensity", "intensity"), Map.entry("aura_minutes", "auraMinutes"),
            Map.entry("disability", "disability"));

    private DiaryCsv() {
    }

    public static Result read(CsvFile.Table table, long patientId, LocalDateTime now) {
        List<Problem> problems = new ArrayList<>(table.problems().stream().filter(problem -> problem.line() == 0)
                .toList());
        if (table.header().isEmpty()) {
            return new Result(List.of(), problems);
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(1, new FieldError(name, name,
                        Wording.of("diary.csv.unknownColumn", String.join(", ", COLUMNS)))));
            }
            column.put(name, i);
        }
        for (String required : List.of("date", "intensity")) {
            if (!column.containsKey(required)) {
                problems.add(new Problem(1, new FieldError(required, required, Wording.of("diary.csv.missingColumn"))));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        problems.addAll(table.problems()); // rows with a wrong count of values
        List<HeadacheDiaryEntry> entries = new ArrayList<>();
        for (Row values : table.rows()) {
            DiaryRow row = new DiaryRow(values, column);
            HeadacheDiaryEntry entry = row.entry(patientId);
            List<Problem> rowProblems = new ArrayList<>(row.problems);
            List<String> unreadable = row.problems.stream().map(problem -> FIELD_OF.get(problem.error().field()))
                    .toList();
            entry.validate(now).stream().filter(error -> !unreadable.contains(error.field()))
                    .forEach(error -> rowProblems.add(new Problem(values.line(), error)));
            if (rowProblems.isEmpty()) {
                entries.add(entry);
            } else {
                problems.addAll(rowProblems);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Result(entries, problems);
    }

    /** One row's values by column name, read with a problem per unreadable value. */
    private static final class DiaryRow {
        private final Row row;
        private final Map<String, Integer> column;
        private final List<Problem> problems = new ArrayList<>();

        DiaryRow(Row row, Map<String, Integer> column) {
            this.row = row;
            this.column = column;
        }

        String text(String name) {
            Integer index = column.get(name);
            return index == null ? "" : row.values().get(index);
        }

        String textOrNull(String name) {
            return text(name).isEmpty() ? null : text(name);
        }

        void problem(String name, String key, Object... arguments) {
            problems.add(new Problem(row.line(), new FieldError(name, name, Wording.of(key, arguments))));
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

        /** Yes or no; empty is {@code null} (not known). */
        Boolean answer(String name) {
            String value = text(name).toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return null;
            }
            if (List.of("no", "n", "0", "nein").contains(value)) {
                return false;
            }
            if (List.of("yes", "y", "1", "ja", "j").contains(value)) {
                return true;
            }
            problem(name, "diary.csv.notYesNo", text(name));
            return null;
        }

        boolean yes(String name) {
            return Boolean.TRUE.equals(answer(name));
        }

        LocalTime time(String name) {
            String time = text(name);
            if (time.isEmpty()) {
                return null;
            }
            try {
                return LocalTime.parse(time.length() == 4 ? "0" + time : time);
            } catch (DateTimeParseException e) {
                problem(name, "diary.csv.notATime", time);
                return null;
            }
        }

        /** The day at {@code start} (midnight without one); null when the date or a given start is unreadable. */
        LocalDateTime startsAt(LocalTime start) {
            String date = text("date");
            LocalDate day;
            try {
                day = date.contains(".") ? LocalDate.parse(date, GERMAN_DATE) : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problem("date", "diary.csv.notADate", date);
                return null;
            }
            if (start == null && !text("start").isEmpty()) {
                return null; // named unreadable already
            }
            return day.atTime(start == null ? LocalTime.MIDNIGHT : start);
        }

        /** The minutes given, else from start to end (past midnight when the end is earlier); both must agree. */
        Integer minutes(LocalTime start) {
            Integer minutes = number("minutes");
            LocalTime end = time("end");
            if (end == null) {
                return minutes;
            }
            if (start == null) {
                if (text("start").isEmpty()) {
                    problem("end", "diary.csv.endWithoutStart");
                }
                return minutes;
            }
            long between = Duration.between(start, end).toMinutes();
            int span = (int) (between <= 0 ? between + 24 * 60 : between);
            if (minutes != null && minutes != span) {
                problem("end", "diary.csv.endAndMinutes", span, minutes);
            }
            return span;
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

        HeadacheSide side() {
            String value = text("side").toLowerCase(Locale.ROOT);
            if (!value.isEmpty() && !SIDES.containsKey(value)) {
                problem("side", "diary.csv.notAChoice", text("side"));
            }
            return SIDES.get(value);
        }

        HeadacheDiaryEntry entry(long patientId) {
            LocalTime start = time("start");
            HeadacheDiaryEntry entry = new HeadacheDiaryEntry(patientId, startsAt(start), minutes(start),
                    number("intensity"));
            entry.setSide(side());
            entry.setSideLocked(yes("side_locked"));
            entry.setPulsating(yes("pulsating"));
            entry.setPressing(yes("pressing"));
            entry.setWorseWithActivity(yes("worse_with_activity"));
            entry.setNauseaOrVomiting(yes("nausea"));
            entry.setPhotophobia(yes("light"));
            entry.setPhonophobia(yes("sound"));
            entry.setProvokedByNeck(yes("neck"));
            entry.setProvokedByJaw(yes("jaw"));
            entry.setAuraType(textOrNull("aura_type"));
            entry.setAuraMinutes(number("aura_minutes"));
            entry.setMedicationName(textOrNull("medication"));
            entry.setMedicationClass(choice("medication_class", MedicationClass.class));
            entry.setMedicationTime(time("medication_time"));
            entry.setReliefAtTwoHours(answer("relief_2h"));
            entry.setTriggers(textOrNull("triggers"));
            entry.setDisability(number("disability"));
            return entry;
        }
    }
}
