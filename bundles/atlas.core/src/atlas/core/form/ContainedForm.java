package atlas.core.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.core.validation.Wording;

/**
 * A form as Atlas uses it, built-in or a clinic plugin's: what its {@link FormDefinition} answers,
 * read once when it is registered, and its scoring guarded. A plugin may be faulty (issue 21): a
 * title or items that throw once broke every list of forms - Fill Form for all forms until a
 * restart - and a scoring that throws ended a save in a stack trace. Here such a form is refused
 * when it comes: named in the user's language, logged to Atlas's log, left out, while every other
 * form keeps working; a scoring that throws later is a problem of the form, nothing saved.
 * <p>
 * Of two forms under one id (two versions of a plugin side by side) only the higher version is
 * kept. The store ({@code InstalledForms}) and the Fill Form tab both take their forms from here.
 */
public final class ContainedForm implements FormDefinition {

    private static final Logger LOG = LoggerFactory.getLogger(ContainedForm.class);
    /** Each refusal is logged once a run, however often the forms are offered again. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private final FormDefinition form;
    private final String id;
    private final String version;
    private final String title;
    private final List<FormItem> items;
    private final String licenceNote;

    private ContainedForm(FormDefinition form, String id, String version, String title, List<FormItem> items,
            String licenceNote) {
        this.form = form;
        this.id = id;
        this.version = version;
        this.title = title;
        this.items = List.copyOf(items);
        this.licenceNote = licenceNote;
    }

    /** The forms Atlas offers of {@code registered} (sorted by title), and why each other one is left out. */
    public record Checked(List<FormDefinition> forms, List<String> refused) {

        public Checked {
            forms = List.copyOf(forms);
            refused = List.copyOf(refused);
        }
    }

    /** Checks each of {@code registered}: what answers whole is offered, what throws or is blank is refused and logged. */
    public static Checked check(Collection<? extends FormDefinition> registered) {
        Map<String, ContainedForm> byId = new HashMap<>();
        List<String> refused = new ArrayList<>();
        for (FormDefinition each : registered) {
            try {
                ContainedForm read = each instanceof ContainedForm contained ? contained : read(each);
                ContainedForm other = byId.get(read.id);
                if (other == null) {
                    byId.put(read.id, read);
                } else {
                    ContainedForm newer = compareVersions(read.version, other.version) > 0 ? read : other;
                    ContainedForm older = newer == read ? other : read;
                    byId.put(read.id, newer);
                    refused.add(refuse(older.form, Wording.of("pluginForm.twice", older.title, plugin(older.form),
                            older.version, newer.version, plugin(newer.form)), null));
                }
            } catch (Refusal refusal) {
                refused.add(refusal.getMessage());
            }
        }
        List<FormDefinition> forms = new ArrayList<>(byId.values());
        forms.sort(Comparator.comparing(FormDefinition::title, String.CASE_INSENSITIVE_ORDER));
        return new Checked(forms, refused);
    }

    /** Reads what {@code form} says of itself, each answer once; a part that throws or is missing refuses it. */
    private static ContainedForm read(FormDefinition form) throws Refusal {
        String id = answer(form, "id", form::id, null);
        String version = answer(form, "version", form::version, id);
        String title = answer(form, "title", form::title, id);
        List<FormItem> items = answer(form, "items", form::items, id);
        if (items.isEmpty()) {
            throw new Refusal(refuse(form, Wording.of("pluginForm.noItems", id, plugin(form)), null));
        }
        // the one part a form may leave empty: not every form is licensed
        String licenceNote = answer(form, "licenceNote", () -> java.util.Optional.ofNullable(form.licenceNote()), id)
                .orElse("");
        return new ContainedForm(form, id, version, title, items, licenceNote);
    }

    private static <T> T answer(FormDefinition form, String part, java.util.function.Supplier<T> asked, String name)
            throws Refusal {
        T answer;
        try {
            answer = asked.get();
        } catch (RuntimeException | LinkageError e) {
            throw new Refusal(refuse(form, Wording.of("pluginForm.failed", name == null ? "?" : name, plugin(form),
                    Wording.text("pluginForm.part." + part), failure(e)), e));
        }
        if (answer == null || answer instanceof String text && text.isBlank()) {
            throw new Refusal(refuse(form, Wording.of("pluginForm.blank", name == null ? "?" : name, plugin(form),
                    Wording.text("pluginForm.part." + part)),
                    null));
        }
        return answer;
    }

    private static String refuse(FormDefinition form, String message, Throwable cause) {
        if (LOGGED.add(form.getClass().getName() + "|" + message)) {
            if (cause == null) {
                LOG.error("{}", message);
            } else {
                LOG.error("{}", message, cause);
            }
        }
        return message;
    }

    /**
     * The plugin a form comes from, as a clinic knows it: the file its class was loaded from (the
     * bundle's jar, e.g. "ch.seeblick.atlas.forms-1.0.1.jar"), else its class's package.
     */
    public static String plugin(Object form) {
        Object source = form instanceof ContainedForm contained ? contained.form : form;
        try {
            java.security.CodeSource code = source.getClass().getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null) {
                String path = code.getLocation().getPath().replaceAll("/+$", "");
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!name.isBlank()) {
                    return name;
                }
            }
        } catch (SecurityException e) {
            // no code source to be seen: the package names the plugin well enough
        }
        return source.getClass().getPackageName();
    }

    /** "1.10" after "1.9", "2" after "1.0.1": dot-separated parts, numbers as numbers, else as text. */
    static int compareVersions(String one, String other) {
        String[] a = one.split("\\.");
        String[] b = other.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            int compared = x.matches("\\d{1,9}") && y.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(x),
                    Integer.parseInt(y)) : x.compareTo(y);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<FormItem> items() {
        return items;
    }

    @Override
    public String licenceNote() {
        return licenceNote;
    }

    /** The plugin's scoring; one that throws, or answers nothing, is refused as a problem of the form (logged). */
    @Override
    public FormScoring score(Map<String, String> answers) {
        FormScoring scoring;
        Throwable thrown = null;
        try {
            scoring = form.score(answers);
        } catch (RuntimeException | LinkageError e) {
            scoring = null;
            thrown = e;
        }
        if (scoring != null) {
            return scoring;
        }
        String message = Wording.of("pluginForm.scoringFailed", title, plugin(form), thrown == null ? "null"
                : failure(thrown));
        LOG.error("{}", message, thrown);
        return FormScoring.refused(List.of(new FieldError(id, title, message)));
    }

    /** What a plugin's call threw, as the message names it: "IllegalStateException: its message". */
    private static String failure(Throwable thrown) {
        return thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + plugin(form) + ")";
    }

    /** A form left out, with the message that says why. */
    private static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
