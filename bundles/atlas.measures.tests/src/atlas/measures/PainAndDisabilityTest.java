package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NPRS and NDI: worked examples from the clinical reference and every band boundary. */
@ExtendWith(EnglishLocale.class)
class PainAndDisabilityTest {

    @Test
    void nprsAcceptsZeroToTenAndNamesAnythingElse() {
        assertEquals(0.0, NumericPainRatingScale.score(0).orElseThrow().value());
        assertEquals(10.0, NumericPainRatingScale.score(10).orElseThrow().value());
        assertEquals(List.of(new ItemProblem("nprs", "11 is outside the allowed range 0 to 10")),
                NumericPainRatingScale.score(11).problems());
        assertEquals(List.of(new ItemProblem("nprs", "is required")), NumericPainRatingScale.score(null).problems());
    }

    @ParameterizedTest(name = "NPRS {0} -> {1}: {2}")
    @CsvSource({ "7, 4, IMPROVED", "7, 4.5, IMPROVED", "7, 5, NO_IMPORTANT_CHANGE", "4, 6, NO_IMPORTANT_CHANGE",
            "4, 7, WORSE" })
    void nprsChangeIsJudgedAgainstTheCervicogenicHeadacheMcid(double baseline, double latest, Verdict verdict) {
        assertEquals(verdict, NumericPainRatingScale.MEASURE.change(baseline, latest).orElseThrow().verdict());
    }

    @Test
    void ndiWithAllSectionsIsTheSumAndTwiceThatInPercent() {
        Score score = NeckDisabilityIndex.score(new Integer[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 }).orElseThrow();
        assertEquals(20.0, score.value());
        assertEquals(40.0, score.parts().get("percent"));
        assertEquals("ndi.moderate", score.band().code());
        assertEquals(List.of(), score.missing());
    }

    @Test
    void ndiWithOneSectionMissingIsProrated() {
        // the reference's example: sum 16 over 9 answered sections = 16/45 = 35.6 %
        Score score = NeckDisabilityIndex.score(new Integer[] { 2, 2, 2, 2, null, 2, 2, 2, 1, 1 }).orElseThrow();
        assertEquals(35.56, score.parts().get("percent"), 0.01);
        assertEquals(17.78, score.value(), 0.01);
        assertEquals(List.of("ndi.5"), score.missing());
    }

    @Test
    void ndiWithMoreMissingSectionsThanTheCapIsNotScored() {
        Integer[] twoMissing = { null, null, 1, 1, 1, 1, 1, 1, 1, 1 };
        assertTrue(NeckDisabilityIndex.score(twoMissing).isScored());
        ScoreResult threeMissing = NeckDisabilityIndex.score(new Integer[] { null, null, null, 1, 1, 1, 1, 1, 1, 1 });
        assertFalse(threeMissing.isScored());
        assertEquals("ndi: not scorable: 3 of 10 items are unanswered; at most 2 may be",
                threeMissing.problems().get(0).toString());
        assertTrue(NeckDisabilityIndex.score(new Integer[] { null, null, null, 1, 1, 1, 1, 1, 1, 1 }, 3).isScored(),
                "the cap is a setting");
        assertFalse(NeckDisabilityIndex.score(new Integer[10], 9).isScored(), "an empty form is never scored");
        assertEquals("The setting \"NDI: sections that may be unanswered\" is 10; allowed are 0 to 9",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> NeckDisabilityIndex.score(new Integer[10], 10)).getMessage());
    }

    @Test
    void ndiNamesEachSectionOutOfRangeAndAFormOfTheWrongLength() {
        ScoreResult result = NeckDisabilityIndex.score(new Integer[] { 0, 0, 6, 0, 0, 0, -1, 0, 0, 0 });
        assertEquals(List.of(new ItemProblem("ndi.3", "6 is outside the allowed range 0 to 5"),
                new ItemProblem("ndi.7", "-1 is outside the allowed range 0 to 5")), result.problems());
        assertEquals("ndi: has 9 items; the form has 10",
                NeckDisabilityIndex.score(new Integer[9]).problems().get(0).toString());
    }

    @ParameterizedTest(name = "NDI raw {0} is {1}")
    @CsvSource({ "0, ndi.none", "4.99, ndi.none", "5, ndi.mild", "14.99, ndi.mild", "15, ndi.moderate",
            "24.99, ndi.moderate", "25, ndi.severe", "34.99, ndi.severe", "35, ndi.complete", "50, ndi.complete" })
    void ndiBandsAreContinuousOnTheRawScore(double raw, String band) {
        assertEquals(band, NeckDisabilityIndex.band(raw).code());
    }

    @ParameterizedTest(name = "NDI {0} -> {1}: {2}")
    @CsvSource({ "20, 14.5, IMPROVED", "20, 15, NO_IMPORTANT_CHANGE", "20, 25.5, WORSE" })
    void ndiChangeIsJudgedAgainstFiveAndAHalfPoints(double baseline, double latest, Verdict verdict) {
        assertEquals(verdict, NeckDisabilityIndex.MEASURE.change(baseline, latest).orElseThrow().verdict());
    }

    @Test
    void bandsAndVerdictsSpeakGermanToAGermanUser() {
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("m\u00e4\u00dfige Beeintr\u00e4chtigung", NeckDisabilityIndex.band(20).label());
            assertEquals("keine wichtige Ver\u00e4nderung", Verdict.NO_IMPORTANT_CHANGE.label());
            assertEquals("11 liegt au\u00dferhalb des erlaubten Bereichs 0 bis 10",
                    NumericPainRatingScale.score(11).problems().get(0).message());
        } finally {
            Locale.setDefault(Locale.UK);
        }
    }
}
