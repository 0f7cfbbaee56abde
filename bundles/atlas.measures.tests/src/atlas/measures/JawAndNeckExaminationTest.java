package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import atlas.measures.FonsecaAnamnesticIndex.Answer;

/** JFLS-8/20, Fonseca index, CCFT, flexion-rotation test and mouth opening. */
@ExtendWith(EnglishLocale.class)
class JawAndNeckExaminationTest {

    private static Integer[] twenty(int value) {
        Integer[] items = new Integer[20];
        Arrays.fill(items, value);
        return items;
    }

    @Test
    void jfls20GlobalIsTheMeanOfTheShortFormItemsAsTheScoringManualSays() {
        // items 1, 3, 6, 10, 11, 12, 13, 19 (DC/TMD Scoring Manual for Self-Report Instruments, JFLS)
        Integer[] items = twenty(0);
        items[10] = 8; // item 11
        items[11] = 8; // item 12
        items[1] = 10; // item 2: in mastication, not in the global score
        Score score = JawFunctionalLimitationScale.score20(items).orElseThrow();
        assertEquals(2.0, score.value(), 1e-9, "(8 + 8) / 8; the mean of all 20 would be 1.3");
        assertEquals(10.0 / 6, score.parts().get("mastication"), 1e-9);
        assertEquals(0.0, score.parts().get("mobility"));
        assertEquals(0.0, score.parts().get("communication"));
        assertEquals(10.0 / 18, score.parts().get("subscaleMean"), 1e-9, "the second global: mean of the 3 subscales");
    }

    @Test
    void jfls20JudgesEachSubscaleByItsOwnLimitSoThreeGapsSpreadOverThemKeepEverySubscale() {
        Integer[] items = twenty(2);
        items[1] = null; // item 2, mastication
        items[7] = null; // item 8, mobility
        items[14] = null; // item 15, communication
        Score score = JawFunctionalLimitationScale.score20(items).orElseThrow();
        assertEquals(2.0, score.value());
        assertEquals(List.of("mastication", "mobility", "communication", "subscaleMean"), List.copyOf(score.parts().keySet()),
                "three gaps in all, none over a subscale's limit");
        assertEquals(List.of("jfls20.2", "jfls20.8", "jfls20.15"), score.missing());

        items[6] = null; // a second mobility gap: mobility allows 1, so it drops, the others stay
        score = JawFunctionalLimitationScale.score20(items).orElseThrow();
        assertEquals(List.of("mastication", "communication"), List.copyOf(score.parts().keySet()));
        assertEquals(2.0, score.value(), "the short-form items are all answered");
    }

    @Test
    void jfls20WithoutEitherGlobalScoreIsNotScorable() {
        Integer[] items = twenty(1);
        items[0] = null; // items 1, 10 and 13: three short-form gaps, one in each subscale
        items[9] = null;
        items[12] = null;
        Score fallback = JawFunctionalLimitationScale.score20(items).orElseThrow();
        assertEquals(1.0, fallback.value(), "the subscale mean stands in when all three subscales hold");
        items[7] = null; // item 8: a second mobility gap, mobility is lost
        assertEquals("jfls20: not scorable: 3 of the 8 global items (1, 3, 6, 10, 11, 12, 13, 19) are unanswered, "
                + "at most 2 may be, and not all three subscales can be scored",
                JawFunctionalLimitationScale.score20(items).problems().get(0).toString());
    }

    @Test
    void jfls8IsTheMeanOfItsItemsWithAtMostTwoMissing() {
        assertEquals(2.5, JawFunctionalLimitationScale.score8(new Integer[] { 1, 2, 3, 4, null, null, 2, 3 })
                .orElseThrow().value());
        assertEquals("jfls8: not scorable: 3 of 8 items are unanswered; at most 2 may be",
                JawFunctionalLimitationScale.score8(new Integer[] { 1, null, null, null, 1, 1, 1, 1 }).problems().get(0)
                        .toString());
        assertEquals("jfls8.2: 11 is outside the allowed range 0 to 10",
                JawFunctionalLimitationScale.score8(new Integer[] { 1, 11, 1, 1, 1, 1, 1, 1 }).problems().get(0)
                        .toString());
    }

    @ParameterizedTest(name = "Fonseca {0} yes, {1} sometimes -> {2} {3}")
    @CsvSource({ "0, 0, 0, fonseca.none", "1, 1, 15, fonseca.none", "2, 0, 20, fonseca.mild", "4, 0, 40, fonseca.mild",
            "4, 1, 45, fonseca.moderate", "6, 1, 65, fonseca.moderate", "7, 0, 70, fonseca.severe",
            "10, 0, 100, fonseca.severe" })
    void fonsecaScoresTenFiveOrZeroPerQuestion(int yes, int sometimes, int total, String band) {
        Answer[] answers = new Answer[10];
        Arrays.fill(answers, Answer.NO);
        for (int i = 0; i < yes; i++) {
            answers[i] = Answer.YES;
        }
        for (int i = yes; i < yes + sometimes; i++) {
            answers[i] = Answer.SOMETIMES;
        }
        Score score = FonsecaAnamnesticIndex.score(answers).orElseThrow();
        assertEquals(total, score.value());
        assertEquals(band, score.band().code());
    }

    @Test
    void fonsecaNeedsEveryQuestion() {
        Answer[] answers = new Answer[10];
        Arrays.fill(answers, Answer.NO);
        answers[9] = null;
        assertEquals("fonseca.10: is required", FonsecaAnamnesticIndex.score(answers).problems().get(0).toString());
    }

    @Test
    void ccftPerformanceIndexIsStageAboveTwentyTimesHolds() {
        Score score = CraniocervicalFlexionTest.score(26, 10).orElseThrow();
        assertEquals(60.0, score.value());
        assertEquals(26.0, score.parts().get("activation"));
        assertEquals(100.0, CraniocervicalFlexionTest.score(30, 10).orElseThrow().value());
        assertEquals("CCFT performance index", Measures.title("ccft"), "charts and goals are titled by what they plot");
        assertEquals(0.0, CraniocervicalFlexionTest.score(20, 0).orElseThrow().value());
        assertEquals(List.of("ccft.stage: 25 is not one of the allowed values 20, 22, 24, 26, 28, 30",
                "ccft.holds: 11 is outside the allowed range 0 to 10"),
                CraniocervicalFlexionTest.score(25, 11).problems().stream().map(ItemProblem::toString).toList());
    }

    @ParameterizedTest(name = "FRT left {0}, right {1}: {2}")
    @CsvSource({ "44, 44, frt.negative", "44, 35, frt.negative", "44, 34, frt.positive", "32, 40, frt.positive",
            "33, 40, frt.negative" })
    void flexionRotationTestIsPositiveAt32DegreesOrTenDegreesApart(int left, int right, String band) {
        assertEquals(band, FlexionRotationTest.score(left, right).orElseThrow().band().code());
    }

    @Test
    void flexionRotationTestScoresTheRestrictedSide() {
        Score score = FlexionRotationTest.score(40, 24).orElseThrow();
        assertEquals(24.0, score.value());
        assertEquals(16.0, score.parts().get("difference"));
        assertEquals(Verdict.IMPROVED, FlexionRotationTest.MEASURE.change(24, 31).orElseThrow().verdict());
        assertEquals(Verdict.NO_IMPORTANT_CHANGE, FlexionRotationTest.MEASURE.change(24, 30).orElseThrow().verdict());
        assertEquals("frt.right: is required", FlexionRotationTest.score(40, null).problems().get(0).toString());
    }

    @Test
    void mouthOpeningIsLimitedBelowFortyMillimetresAssisted() {
        assertEquals("mouthOpening.normal", MouthOpening.score(35, 42, 45).orElseThrow().band().code());
        assertEquals("mouthOpening.normal", MouthOpening.score(null, 38, 40).orElseThrow().band().code());
        assertEquals("mouthOpening.limited", MouthOpening.score(30, 35, 39).orElseThrow().band().code());
        assertEquals("mouthOpening.painFree: 45 mm cannot be more than the next measure, 42 mm",
                MouthOpening.score(45, 42, 46).problems().get(0).toString());
        assertEquals(Verdict.IMPROVED, MouthOpening.MEASURE.change(36, 45).orElseThrow().verdict());
        assertEquals(Verdict.NO_IMPORTANT_CHANGE, MouthOpening.MEASURE.change(36, 44).orElseThrow().verdict());
    }
}
