package atlas.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks the answers of one form item by item and collects what is wrong or missing. */
final class Answers {

    private final String instrument;
    private final List<ItemProblem> problems = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    Answers(String instrument) {
        this.instrument = instrument;
    }

    /** The items of a fixed-length form; a form of the wrong length is one problem. */
    boolean hasLength(Object[] items, int length) {
        if (items == null || items.length != length) {
            problems.add(new ItemProblem(instrument,
                    MeasureWording.of("problem.length", items == null ? 0 : items.length, length)));
            return false;
        }
        return true;
    }

    /** The answer if it lies in [min, max]; null (noted as missing) if unanswered. */
    Integer inRange(String item, Integer value, int min, int max) {
        if (value == null) {
            missing.add(item);
            return null;
        }
        if (value < min || value > max) {
            problems.add(new ItemProblem(item, MeasureWording.of("problem.range", value, min, max)));
            return null;
        }
        return value;
    }

    /** The answer if it is one of {@code allowed}; null (noted as missing) if unanswered. */
    Integer oneOf(String item, Integer value, int... allowed) {
        if (value == null) {
            missing.add(item);
            return null;
        }
        if (Arrays.stream(allowed).noneMatch(a -> a == value)) {
            problems.add(new ItemProblem(item, MeasureWording.of("problem.oneOf", value,
                    Arrays.stream(allowed).mapToObj(Integer::toString).collect(Collectors.joining(", ")))));
            return null;
        }
        return value;
    }

    /** A problem for every item of {@code items} left unanswered: this form needs them all. */
    void requireAll(String... items) {
        for (String item : items) {
            if (missing.remove(item)) {
                problems.add(new ItemProblem(item, MeasureWording.of("problem.required")));
            }
        }
    }

    /** A problem if more than {@code allowed} of {@code total} items are unanswered. */
    void allowMissing(int unanswered, int total, int allowed) {
        if (unanswered > allowed) {
            problems.add(new ItemProblem(instrument,
                    MeasureWording.of("problem.tooManyMissing", unanswered, total, allowed)));
        }
    }

    void problem(String item, String key, Object... arguments) {
        problems.add(new ItemProblem(item, MeasureWording.of(key, arguments)));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<String> missing() {
        return missing;
    }

    ScoreResult refused() {
        return ScoreResult.refused(problems);
    }

    ScoreResult score(double value, Band band, Map<String, Double> parts) {
        return problems.isEmpty() ? ScoreResult.of(new Score(instrument, value, band, parts, missing)) : refused();
    }

    static Map<String, Double> parts(Object... namesAndValues) {
        Map<String, Double> parts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parts.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
            }
        }
        return parts;
    }

    /** Item keys "code.1" ... "code.n". */
    static String item(String instrument, int number) {
        return instrument + "." + number;
    }
}
