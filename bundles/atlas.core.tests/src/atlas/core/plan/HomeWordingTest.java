package atlas.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.core.EnglishLocale;

/** The home programme in the patient's words: how often as people say it, the dose without shorthand. */
@ExtendWith(EnglishLocale.class)
class HomeWordingTest {


    @Test
    void howOftenAsPeopleSayIt() {
        assertEquals("once a week", InterventionWording.howOften(1));
        assertEquals("3 times a week", InterventionWording.howOften(3));
        assertEquals("once a day", InterventionWording.howOften(7));
        assertEquals("twice a day", InterventionWording.howOften(14));
        assertEquals("3 times a day", InterventionWording.howOften(21));
        assertEquals("10 times a week", InterventionWording.howOften(10));
        Locale.setDefault(Locale.GERMAN);
        assertEquals("zweimal t\u00e4glich", InterventionWording.howOften(14));
    }

    @Test
    void theDoseLeavesOutWhatIsForTheTherapist() {
        Dosage dnf = Dosage.exercise(3, 10, 10, "24 mmHg", 7);
        dnf.setGrade("III");
        dnf.setSideOrSegment("C1-C2");
        assertEquals("3 rounds of 10 times, hold each for 10 seconds", InterventionWording.homeDose(dnf));
        Dosage ice = new Dosage();
        ice.setMinutes(15);
        assertEquals("for 15 minutes", InterventionWording.homeDose(ice));
        assertEquals("Gentle nodding to train the deep neck muscles", InterventionWording.homeTitle("exercise.dnf", "x"));
        assertEquals("Seeblick jaw class", InterventionWording.homeTitle("ch.seeblick.jaw", "Seeblick jaw class"),
                "a clinic's entry keeps its own name");
        assertEquals("As your therapist showed you.", InterventionWording.homeInstructions("ch.seeblick.jaw"));
    }

    @Test
    void aHelperHasInstructionsOnlyForWhatAHelperCanLearn() {
        assertTrue(InterventionWording.helperInstructions("manual.softTissue", "Anna").orElseThrow()
                .startsWith("Let Anna sit leaning forward"));
        assertTrue(InterventionWording.helperInstructions("manual.traction", "Anna").orElseThrow()
                .contains("Stop at once if Anna feels dizzy"));
        for (String notForAHelper : new String[] { "manual.snag", "manual.manipulation", "exercise.dnf", "ch.seeblick.jaw" }) {
            assertTrue(InterventionWording.helperInstructions(notForAHelper, "Anna").isEmpty(), notForAHelper);
        }
        Locale.setDefault(Locale.GERMAN);
        assertTrue(InterventionWording.helperInstructions("manual.softTissue", "Anna").orElseThrow()
                .startsWith("Anna sitzt vorgeneigt"));
    }
}
