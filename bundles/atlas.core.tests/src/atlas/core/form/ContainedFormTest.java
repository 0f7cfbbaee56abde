package atlas.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.core.EnglishLocale;

/**
 * A clinic plugin's faulty form never takes the other forms with it (issue 21): a title or items
 * that throw, or answer nothing, leave that form out with a message naming it and its plugin; a
 * second version of a form under the same id leaves the older out; a scoring that throws is a
 * problem of the form, in the user's language.
 */
@ExtendWith(EnglishLocale.class)
class ContainedFormTest {

    @Test
    void aFormWhoseTitleThrowsIsLeftOutNamedAndTheOthersAreOffered() {
        Form sound = new Form("clinic.sleep", "1", "Sleep screen");
        FormDefinition throwing = Faulty.title(new Form("clinic.broken", "1", null),
                new IllegalStateException("no wording for locale de"));
        FormDefinition noItems = Faulty.items(new Form("clinic.empty", "1", "Empty"), List.of());
        Form blankVersion = new Form("clinic.unversioned", " ", "Unversioned");

        ContainedForm.Checked checked = ContainedForm.check(List.of(throwing, sound, noItems, blankVersion,
                new Form("clinic.alpha", "2", "Alpha screen")));

        assertEquals(List.of("Alpha screen", "Sleep screen"), checked.forms().stream().map(FormDefinition::title).toList());
        assertEquals(3, checked.refused().size(), checked.refused().toString());
        String plugin = ContainedForm.plugin(throwing);
        assertFalse(plugin.isBlank());
        assertEquals("The form \"clinic.broken\" of the plugin " + plugin + " is left out: asking for its title failed"
                + " (IllegalStateException: no wording for locale de). Every other form works; the plugin's vendor can"
                + " fix it.", checked.refused().get(0));
        assertTrue(checked.refused().get(1).contains("\"clinic.empty\"") && checked.refused().get(1).contains(
                "it has no questions"), checked.refused().get(1));
        assertTrue(checked.refused().get(2).contains("it gives no version"), checked.refused().get(2));
    }

    @Test
    void ofTwoVersionsOfOneFormOnlyTheNewerIsOffered() {
        ContainedForm.Checked checked = ContainedForm.check(List.of(new Form("clinic.sleep", "1.10", "Sleep screen"),
                new Form("clinic.sleep", "1.9", "Sleep screen (old)"), new Form("clinic.sleep", "1.2.0", "Sleep")));
        assertEquals(List.of("1.10"), checked.forms().stream().map(FormDefinition::version).toList());
        assertEquals(2, checked.refused().size());
        assertTrue(checked.refused().get(0).startsWith("The form \"Sleep screen (old)\" of the plugin ")
                && checked.refused().get(0).contains("(version 1.9) is left out: version 1.10 of the same form is"
                        + " installed"), checked.refused().get(0));
    }

    @Test
    void aScoringThatThrowsIsAProblemOfTheFormInTheUsersLanguage() {
        FormDefinition throwing = Faulty.scoring(new Form("clinic.sleep", "1", "Sleep screen"),
                new ArithmeticException("/ by zero"));
        FormDefinition contained = ContainedForm.check(List.of(throwing)).forms().get(0);
        FormScoring scoring = contained.score(Map.of("q", "3"));
        assertFalse(scoring.isScored());
        assertEquals("The form \"Sleep screen\" of the plugin " + ContainedForm.plugin(throwing) + " could not score the"
                + " answers (ArithmeticException: / by zero); nothing was saved. The plugin's vendor can fix it.",
                scoring.problems().get(0).message());
        Locale.setDefault(Locale.GERMAN);
        assertTrue(contained.score(Map.of()).problems().get(0).message().startsWith("Der Bogen \u00abSleep screen\u00bb"
                + " des Plugins "));
        assertEquals(3.0, ContainedForm.check(List.of(new Form("clinic.ok", "1", "OK"))).forms().get(0)
                .score(Map.of("q", "3")).results().get(0).value(), "a sound form scores through it as before");
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertTrue(ContainedForm.compareVersions("1.10", "1.9") > 0);
        assertTrue(ContainedForm.compareVersions("2", "1.0.1") > 0);
        assertEquals(0, ContainedForm.compareVersions("1", "1.0"));
        assertTrue(ContainedForm.compareVersions("1.0.0", "1.0.1") < 0);
    }

    /** A one-question form of a clinic, scoring the answer as it is; {@link Faulty} makes a part of it throw. */
    private record Form(String id, String version, String title) implements FormDefinition {

        @Override
        public List<FormItem> items() {
            return List.of(FormItem.wholeNumber("q", "Question", 0, 10, true));
        }

        @Override
        public String licenceNote() {
            return null;
        }

        @Override
        public FormScoring score(Map<String, String> answers) {
            return FormScoring.scored(List.of(new FormResult("q", "Question", Double.parseDouble(answers.get("q")), "points",
                    null, null, false)));
        }
    }

    /** A clinic's form of which one part fails as given. */
    private record Faulty(Form form, java.util.function.Supplier<String> titled,
            java.util.function.Supplier<List<FormItem>> listed,
            java.util.function.Function<Map<String, String>, FormScoring> scoring) implements FormDefinition {

        static Faulty title(Form form, RuntimeException thrown) {
            return new Faulty(form, () -> {
                throw thrown;
            }, form::items, form::score);
        }

        static Faulty items(Form form, List<FormItem> items) {
            return new Faulty(form, form::title, () -> items, form::score);
        }

        static Faulty scoring(Form form, RuntimeException thrown) {
            return new Faulty(form, form::title, form::items, answers -> {
                throw thrown;
            });
        }

        @Override
        public String id() {
            return form.id();
        }

        @Override
        public String version() {
            return form.version();
        }

        @Override
        public String title() {
            return titled.get();
        }

        @Override
        public List<FormItem> items() {
            return listed.get();
        }

        @Override
        public String licenceNote() {
            return form.licenceNote();
        }

        @Override
        public FormScoring score(Map<String, String> answers) {
            return scoring.apply(answers);
        }
    }
}
