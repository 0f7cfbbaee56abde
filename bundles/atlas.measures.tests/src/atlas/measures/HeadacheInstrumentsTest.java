package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import atlas.measures.PatientSpecificFunctionalScale.Activity;

/** HIT-6, MIDAS, PSFS and GROC: scoring, bands at their boundaries, missing and wrong answers. */
@ExtendWith(EnglishLocale.class)
class HeadacheInstrumentsTest {

    @Test
    void hit6IsTheSumOfTheWeightsFrom36To78() {
        assertEquals(36.0, HeadacheImpactTest.score(new Integer[] { 6, 6, 6, 6, 6, 6 }).orElseThrow().value());
        Score worst = HeadacheImpactTest.score(new Integer[] { 13, 13, 13, 13, 13, 13 }).orElseThrow();
        assertEquals(78.0, worst.value());
        assertEquals("hit6.severe", worst.band().code());
        assertEquals("hit6.some",
                HeadacheImpactTest.score(new Integer[] { 8, 8, 8, 8, 8, 10 }).orElseThrow().band().code());
    }

    @Test
    void hit6NeedsAllSixItemsAndOnlyTheFiveWeights() {
        ScoreResult result = HeadacheImpactTest.score(new Integer[] { 6, 7, 6, null, 6, 6 });
        assertFalse(result.isScored());
        assertEquals(List.of(new ItemProblem("hit6.2", "7 is not one of the allowed values 6, 8, 10, 11, 13"),
                new ItemProblem("hit6.4", "is required")), result.problems());
    }

    @ParameterizedTest(name = "HIT-6 {0} is {1}")
    @CsvSource({ "36, hit6.little", "49, hit6.little", "50, hit6.some", "55, hit6.some", "56, hit6.substantial",
            "59, hit6.substantial", "60, hit6.severe", "78, hit6.severe" })
    void hit6Bands(int total, String band) {
        assertEquals(band, HeadacheImpactTest.band(total).code());
    }

    @ParameterizedTest(name = "HIT-6 {0} -> {1}: {2}")
    @CsvSource({ "64, 58, IMPROVED", "64, 59, NO_IMPORTANT_CHANGE", "58, 64, WORSE" })
    void hit6ImportantChangeIsADropOfSix(double baseline, double latest, Verdict verdict) {
        assertEquals(verdict, HeadacheImpactTest.MEASURE.change(baseline, latest).orElseThrow().verdict());
    }

    @ParameterizedTest(name = "MIDAS {0} days is {1}")
    @CsvSource({ "0, midas.I", "5, midas.I", "6, midas.II", "10, midas.II", "11, midas.III", "20, midas.III",
            "21, midas.IV", "450, midas.IV" })
    void midasGrades(int total, String grade) {
        assertEquals(grade, MigraineDisabilityAssessment.grade(total).code());
    }

    @Test
    void midasSumsTheFiveQuestionsAndKeepsAAndBApart() {
        Score score = MigraineDisabilityAssessment.score(new Integer[] { 2, 3, 4, 1, 2 }, 24, 6).orElseThrow();
        assertEquals(12.0, score.value());
        assertEquals("midas.III", score.band().code());
        assertEquals(Map.of("A", 24.0, "B", 6.0), score.parts());
        assertTrue(MigraineDisabilityAssessment.score(new Integer[] { 0, 0, 0, 0, 0 }, null, null).isScored(),
                "A and B are optional");
        assertEquals(Optional.empty(), MigraineDisabilityAssessment.MEASURE.change(30, 5),
                "MIDAS has no MCID: no verdict rather than an invented one");
    }

    @Test
    void midasNamesDaysOutOfRangeAndMissingQuestions() {
        ScoreResult result = MigraineDisabilityAssessment.score(new Integer[] { 91, 0, null, 0, 0 }, 100, 11);
        assertEquals(List.of("midas.1", "midas.3", "midas.A", "midas.B"),
                result.problems().stream().map(ItemProblem::item).toList());
    }

    @Test
    void midasDaysMissedAndHalvedFitTheThreeMonthWindow() {
        ScoreResult result = MigraineDisabilityAssessment.score(new Integer[] { 60, 40, 10, 10, 0 }, null, null);
        assertEquals("midas.2: questions 1 and 2 count different days of the same 3 months: 60 + 40 is more than 90",
                result.problems().get(0).toString());
        assertTrue(MigraineDisabilityAssessment.score(new Integer[] { 60, 30, 45, 45, 90 }, 90, 5).isScored(),
                "every pair at most 90 days");
    }

    @Test
    void psfsIsTheMeanOfThreeToFiveNamedActivities() {
        Score score = PatientSpecificFunctionalScale.score(List.of(new Activity("Reading 30 min", 3),
                new Activity("Driving", 4), new Activity("Screen work", 5))).orElseThrow();
        assertEquals(4.0, score.value());
        assertEquals(List.of("Reading 30 min", "Driving", "Screen work"), List.copyOf(score.parts().keySet()).stream()
                .sorted((a, b) -> List.of("Reading 30 min", "Driving", "Screen work").indexOf(a)
                        - List.of("Reading 30 min", "Driving", "Screen work").indexOf(b)).toList());
        assertEquals(5.0, score.parts().get("Screen work"));
        assertEquals(Verdict.IMPROVED, PatientSpecificFunctionalScale.MEASURE.change(4, 6).orElseThrow().verdict());
    }

    @Test
    void psfsRefusesTooFewActivitiesBlankOrRepeatedNamesAndWrongRatings() {
        assertEquals("psfs: 2 activities; 3 to 5 are needed", PatientSpecificFunctionalScale
                .score(List.of(new Activity("a", 1), new Activity("b", 2))).problems().get(0).toString());
        ScoreResult result = PatientSpecificFunctionalScale.score(List.of(new Activity(" ", 3),
                new Activity("Driving", 11), new Activity("Driving", null)));
        assertEquals(List.of("psfs.1: name the activity (1 to 100 characters)",
                "psfs.2: 11 is outside the allowed range 0 to 10", "psfs.3: Driving is named twice",
                "psfs.3: is required"), result.problems().stream().map(ItemProblem::toString).toList());
    }

    @ParameterizedTest(name = "GROC {0} is {1}")
    @CsvSource({ "7, groc.improved", "3, groc.improved", "2, groc.unchanged", "0, groc.unchanged",
            "-2, groc.unchanged", "-3, groc.worse", "-7, groc.worse" })
    void grocBandsAtTheDefaultThreshold(int rating, String band) {
        assertEquals(band, GlobalRatingOfChange.score(rating).orElseThrow().band().code());
    }

    @Test
    void grocThresholdIsASettingAndTheRangeIsChecked() {
        assertEquals("groc.unchanged", GlobalRatingOfChange.score(4, 5).orElseThrow().band().code());
        assertEquals("The setting \"GROC: improved from\" is 0; allowed are 1 to 7",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> GlobalRatingOfChange.score(4, 0)).getMessage());
        assertEquals("groc: -8 is outside the allowed range -7 to 7",
                GlobalRatingOfChange.score(-8).problems().get(0).toString());
    }
}
