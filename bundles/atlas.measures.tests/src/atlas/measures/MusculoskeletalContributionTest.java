package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.measures.MusculoskeletalContribution.Findings;
import atlas.measures.MusculoskeletalContribution.Line;
import atlas.measures.MusculoskeletalContribution.Status;
import atlas.measures.MusculoskeletalContribution.Summary;

/** Who will benefit, on worked cases: each rule, each line, and what is missing said so. */
@ExtendWith(EnglishLocale.class)
class MusculoskeletalContributionTest {

    private static Summary judge(Integer frtLeft, Integer frtRight, Integer ccft, Integer extension, Boolean palpation,
            Boolean tmd, Integer headaches, Integer provoked) {
        return MusculoskeletalContribution.judge(new Findings(frtLeft, frtRight, ccft, extension, palpation, tmd,
                headaches, provoked, null, null, 45));
    }

    @Test
    void cervicogenicHeadacheWithTheWholeJullPatternIsLikely() {
        // FRT normal both sides, but extension 35 (reference 60, natural variation 20), palpation
        // reproduces, CCFT held only 22 mmHg
        Summary summary = judge(44, 42, 22, 35, true, null, null, null);
        assertEquals(Line.LIKELY, summary.line());
        assertEquals(List.of("jull.extension", "jull.palpation", "jull.ccft"),
                summary.met().stream().map(MusculoskeletalContribution.Criterion::key).toList());
        assertEquals("musculoskeletal contribution likely", summary.lineText());
    }

    @Test
    void aPositiveFlexionRotationTestWithPalpationIsLikely() {
        assertEquals(Line.LIKELY, judge(24, 40, 28, 70, true, null, null, null).line(), "24 deg to the left");
        assertEquals(Line.LIKELY, judge(36, 46, 28, 70, true, null, null, null).line(), "10 deg side difference");
        assertEquals(Line.POSSIBLE, judge(36, 45, 28, 70, true, null, null, null).line(),
                "palpation alone: 9 deg difference and 36 deg are within normal");
    }

    @Test
    void headacheAttributedToTmdIsLikelyOnItsOwn() {
        Summary summary = judge(null, null, null, null, null, true, null, null);
        assertEquals(Line.LIKELY, summary.line());
        assertEquals(5, summary.missing().size(), "the neck was not examined, and the summary says so");
    }

    @Test
    void occasionalMigraineWithoutFindingsIsNotFoundAndAsksToReassess() {
        Summary summary = judge(44, 44, 28, 70, false, false, 2, 0);
        assertEquals(Line.NOT_FOUND, summary.line());
        assertEquals("musculoskeletal contribution not found - reassess", summary.lineText());
        assertEquals(Status.NOT_MET, summary.criteria().get(5).status());
        assertEquals("0 of 2 headaches", summary.criteria().get(5).found());
    }

    @Test
    void diaryProvocationAloneIsPossibleFromOneInThree() {
        assertEquals(Line.POSSIBLE, judge(44, 44, 28, 70, false, false, 6, 2).line(), "2 of 6");
        assertEquals(Line.NOT_FOUND, judge(44, 44, 28, 70, false, false, 7, 2).line(), "2 of 7 is fewer than 1 in 3");
    }

    @Test
    void withoutTheNeckExaminationNothingIsJudged() {
        Summary summary = judge(null, null, null, null, null, false, null, null);
        assertEquals(Line.NOT_JUDGED, summary.line());
        assertEquals("not judged yet: neck or jaw examination missing", summary.lineText());
        assertEquals("Flexion-rotation test positive (Hall 2008)", summary.criteria().get(0).title());
    }

    @Test
    void extensionIsReducedAsTheNeckExaminationJudgesItForTheAge() {
        assertEquals(Status.MET, judge(null, null, null, 39, null, null, null, null).criteria().get(1).status());
        assertEquals(Status.NOT_MET, judge(null, null, null, 40, null, null, null, null).criteria().get(1).status(),
                "within the natural variation of the reference 60");
        Summary child = MusculoskeletalContribution.judge(new Findings(null, null, null, 30, null, null, null, null,
                null, null, 12));
        assertEquals(Status.MISSING, child.criteria().get(1).status());
        assertEquals("30\u00b0, no reference values for the age", child.criteria().get(1).found());
    }
}
