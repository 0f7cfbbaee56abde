package atlas.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.core.EnglishLocale;
import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;

/** A licensed wording file is checked against its form and refused with each line and key that does not fit. */
@ExtendWith(EnglishLocale.class)
class WordingFileTest {


    private static final FormDefinition FORM = new FormDefinition() {
        @Override
        public String id() {
            return "atlas.hit6";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public String title() {
            return "HIT-6";
        }

        @Override
        public List<FormItem> items() {
            List<FormItem.Choice> levels = List.of(new FormItem.Choice("6", "never (6)"), new FormItem.Choice("8", "rarely (8)"),
                    new FormItem.Choice("10", "sometimes (10)"));
            return List.of(FormItem.choice("hit6.1", "Item 1", true, levels), FormItem.choice("hit6.2", "Item 2", true, levels),
                    FormItem.wholeNumber("hit6.note", "Note", 0, 5, false));
        }

        @Override
        public String licenceNote() {
            return "";
        }

        @Override
        public FormScoring score(Map<String, String> answers) {
            return FormScoring.refused(List.of());
        }
    };

    private static final String GOOD = """
            # HIT-6, German, licensed to the clinic
            form=atlas.hit6
            language=de
            owner=Praxis Seeblick (QualityMetric licence 2026-117)
            hit6.1=Erster Wortlaut
            hit6.2=Zweiter Wortlaut mit Ü und ß
            hit6.note=Notiz
            answers=Nie|Selten|Manchmal
            answers.hit6.2=Nie|Ab und zu|Oft
            """;

    @Test
    void aFileThatFitsItsFormIsReadWhole() {
        WordingFile file = WordingFile.read(GOOD, List.of(FORM));
        assertEquals("atlas.hit6", file.formId());
        assertEquals("de", file.language());
        assertEquals("Praxis Seeblick (QualityMetric licence 2026-117)", file.owner());
        assertEquals("Zweiter Wortlaut mit Ü und ß", file.itemTexts().get("hit6.2"));
        assertEquals(List.of("Nie", "Selten", "Manchmal"), file.answerTexts().get("hit6.1"));
        assertEquals(List.of("Nie", "Ab und zu", "Oft"), file.answerTexts().get("hit6.2"), "an item's own answers win");
    }

    @Test
    void everyProblemIsNamedByLineAndKey() {
        String bad = GOOD.replace("hit6.2=Zweiter Wortlaut mit Ü und ß\n", "")
                .replace("answers=Nie|Selten|Manchmal", "answers=Nie|Selten")
                .replace("hit6.note=Notiz", "hit6.note=Notiz\nhit6.7=Zu viel\nnot a line\nhit6.note=again");
        WordingFile.Refused refused = assertThrows(WordingFile.Refused.class, () -> WordingFile.read(bad, List.of(FORM)));
        assertEquals(List.of("line 8, not a line: is not a line \"key=text\"",
                "line 9, hit6.note: is given twice (first on line 6)",
                "line 0, hit6.2: is missing: every item of the form needs its text",
                "line 7, hit6.7: is not an item of atlas.hit6",
                "line 10, answers: has 2 answers, but hit6.1 has 3"),
                refused.problems().stream().map(WordingFile.Problem::toString).toList());
    }

    @Test
    void anUnknownFormOrLanguageAndAMissingHeaderAreRefused() {
        WordingFile.Refused refused = assertThrows(WordingFile.Refused.class, () -> WordingFile.read(
                "form=atlas.nope\nlanguage=deutsch\nhit6.1=x\n", List.of(FORM)));
        assertEquals(List.of("line 0, owner: is missing: a wording file starts with form=, language= and owner=",
                "line 2, language: \"deutsch\" is not a language code; allowed are two-letter codes such as en or de",
                "line 1, form: \"atlas.nope\" is not a form of this Atlas; allowed are atlas.hit6"),
                refused.problems().stream().map(WordingFile.Problem::toString).toList());
    }
}
