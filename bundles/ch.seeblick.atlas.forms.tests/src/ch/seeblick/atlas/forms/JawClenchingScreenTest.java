package ch.seeblick.atlas.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;

/** The clinic's screen: its sum, its cut-offs, and a clear problem for every missing answer. */
class JawClenchingScreenTest {

    private final JawClenchingScreen screen = new JawClenchingScreen();

    @Test
    void theSumDecidesTheClinicsAdvice() {
        FormResult low = screen.score(Map.of("clench.day", "1", "clench.night", "0", "clench.stiffness", "1",
                "clench.headache", "2")).results().get(0);
        assertEquals(4.0, low.value());
        assertEquals("low", low.band());
        assertEquals("moderate: add a jaw examination", screen.score(Map.of("clench.day", "2", "clench.night", "1",
                "clench.stiffness", "1", "clench.headache", "1")).results().get(0).band());
        assertEquals(13.0, screen.score(Map.of("clench.day", "4", "clench.night", "1", "clench.stiffness", "4",
                "clench.headache", "4")).results().get(0).value());
    }

    @Test
    void everyQuestionIsNeededAndOnlyItsAnswersCount() {
        FormScoring refused = screen.score(Map.of("clench.day", "5", "clench.night", "1", "clench.stiffness", "1"));
        assertFalse(refused.isScored());
        assertEquals("Clenching the teeth during the day: \"5\" is not one of the answers",
                refused.problems().get(0).toString());
        assertEquals("Headache on waking: is required", refused.problems().get(1).toString());
    }
}
