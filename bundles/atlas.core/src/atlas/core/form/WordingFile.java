package atlas.core.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import atlas.api.form.FormWording;
import atlas.core.validation.Wording;
import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;

/**
 * A licensed questionnaire wording as a clinic imports it: one UTF-8 file per instrument and
 * language, lines {@code key=value}, {@code #} for comments -
 * <pre>
 * form=atlas.hit6
 * language=de
 * owner=Praxis Seeblick (licence QualityMetric 2026-117)
 * hit6.1=... the item's licensed text ...
 * answers=Nie|Selten|Manchmal|Sehr oft|Immer
 * </pre>
 * Checked against the form it names: every item key present, nothing extra, and the answers (for
 * every choice item, or {@code answers.<item>} for one) as many as the item has. A file that does not
 * fit is refused whole, each problem with its line and key.
 */
public record WordingFile(String formId, String language, String owner, Map<String, String> itemTexts,
        Map<String, List<String>> answerTexts) implements FormWording {

    /** One thing wrong with a wording file: its line (0 for the file as a whole), key and what is wrong. */
    public record Problem(int line, String key, String message) {

        @Override
        public String toString() {
            return Wording.of("wordingFile.problem", line, key, message);
        }
    }

    /** The file was refused; nothing of it is used. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        public Refused(List<Problem> problems) {
            super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final Set<String> HEADER = Set.of("form", "language", "owner");

    public WordingFile {
        itemTexts = Map.copyOf(itemTexts);
        answerTexts = Map.copyOf(answerTexts);
    }

    /**
     * Reads and checks a wording file against the forms Atlas has.
     *
     * @throws Refused naming every line and key that does not fit
     */
    public static WordingFile read(String text, List<FormDefinition> forms) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int equals = row.indexOf('=');
            String key = equals < 0 ? row : row.substring(0, equals).strip();
            if (equals <= 0) {
                problems.add(new Problem(i + 1, key, Wording.text("wordingFile.notKeyValue")));
            } else if (values.containsKey(key)) {
                problems.add(new Problem(i + 1, key, Wording.of("wordingFile.twice", lines.get(key))));
            } else if (row.substring(equals + 1).isBlank()) {
                problems.add(new Problem(i + 1, key, Wording.text("wordingFile.empty")));
            } else {
                values.put(key, row.substring(equals + 1).strip());
                lines.put(key, i + 1);
            }
        }
        for (String header : HEADER) {
            if (!values.containsKey(header)) {
                problems.add(new Problem(0, header, Wording.text("wordingFile.missingHeader")));
            }
        }
        String language = values.getOrDefault("language", "");
        if (!language.isEmpty() && !Arrays.asList(Locale.getISOLanguages()).contains(language)) {
            problems.add(new Problem(lines.get("language"), "language", Wording.of("wordingFile.language", language)));
        }
        Optional<FormDefinition> form = forms.stream().filter(each -> each.id().equals(values.get("form"))).findFirst();
        if (values.containsKey("form") && form.isEmpty()) {
            problems.add(new Problem(lines.get("form"), "form", Wording.of("wordingFile.unknownForm", values.get("form"),
                    forms.stream().map(FormDefinition::id).sorted().collect(Collectors.joining(", ")))));
        }
        Map<String, String> items = new LinkedHashMap<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.ifPresent(definition -> check(definition, values, lines, items, answers, problems));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new WordingFile(values.get("form"), language, values.get("owner"), items, answers);
    }

    private static void check(FormDefinition form, Map<String, String> values, Map<String, Integer> lines,
            Map<String, String> items, Map<String, List<String>> answers, List<Problem> problems) {
        Map<String, FormItem> byId = form.items().stream()
                .collect(Collectors.toMap(FormItem::id, item -> item, (a, b) -> a, LinkedHashMap::new));
        for (FormItem item : byId.values()) {
            if (values.containsKey(item.id())) {
                items.put(item.id(), values.get(item.id()));
            } else {
                problems.add(new Problem(0, item.id(), Wording.text("wordingFile.missingItem")));
            }
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            if (HEADER.contains(key) || byId.containsKey(key)) {
                continue;
            }
            String item = key.equals("answers") ? null : key.startsWith("answers.") ? key.substring(8) : key;
            if (key.startsWith("answers") && (item == null || byId.containsKey(item))) {
                List<String> words = Arrays.stream(entry.getValue().split("\\|")).map(String::strip).toList();
                for (FormItem choice : byId.values()) {
                    if (choice.type() == FormItem.ItemType.CHOICE && (item == null || item.equals(choice.id()))) {
                        if (words.size() != choice.choices().size()) {
                            problems.add(new Problem(lines.get(key), key, Wording.of("wordingFile.answerCount",
                                    words.size(), choice.id(), choice.choices().size())));
                            break;
                        }
                        if (item == null) {
                            answers.putIfAbsent(choice.id(), words); // an item's own answers win
                        } else {
                            answers.put(choice.id(), words);
                        }
                    }
                }
                if (item != null && byId.get(item).type() != FormItem.ItemType.CHOICE) {
                    problems.add(new Problem(lines.get(key), key, Wording.text("wordingFile.notAChoice")));
                }
            } else {
                problems.add(new Problem(lines.get(key), key, Wording.of("wordingFile.extra", form.id())));
            }
        }
    }
}
