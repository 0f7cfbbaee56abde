package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.measures.Goals.Result;

/** Goal targets at the MCID, the measurement-error warning, and the four statuses. */
@ExtendWith(EnglishLocale.class)
class GoalsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    @Test
    void theProposedTargetIsOneImportantChangeBetterAndInRange() {
        assertEquals(Optional.of(18.5), Goals.proposeTarget(NeckDisabilityIndex.MEASURE, 24));
        assertEquals(Optional.of(58.0), Goals.proposeTarget(HeadacheImpactTest.MEASURE, 64));
        assertEquals(Optional.of(31.0), Goals.proposeTarget(FlexionRotationTest.MEASURE, 24));
        assertEquals(Optional.of(36.0), Goals.proposeTarget(HeadacheImpactTest.MEASURE, 40), "not below 36");
        assertEquals(Optional.empty(), Goals.proposeTarget(MigraineDisabilityAssessment.MEASURE, 30));
    }

    @Test
    void changeVerdictAndGoalsRefuseNaNInfinitiesAndScoresOutsideTheRange() {
        IllegalArgumentException nan = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NeckDisabilityIndex.MEASURE.change(Double.NaN, 12));
        assertEquals("The baseline NaN is outside the range of ndi: allowed are 0 to 50", nan.getMessage());
        assertEquals("The latest score 80.0 is outside the range of hit6: allowed are 36 to 78",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> HeadacheImpactTest.MEASURE.change(60, 80)).getMessage());
        assertEquals("The baseline Infinity is outside the range of ndi: allowed are 0 to 50",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Goals.proposeTarget(NeckDisabilityIndex.MEASURE, Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("The target -3.0 is outside the range of ndi: allowed are 0 to 50",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Goals.warning(NeckDisabilityIndex.MEASURE, 24, -3)).getMessage());
        assertEquals("The latest score NaN is not a number",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Goals.status(Direction.LOWER_IS_BETTER, 24, 18, DUE, List.of(new Result(DUE, Double.NaN)),
                                DUE)).getMessage());
        assertEquals(Verdict.IMPROVED, NeckDisabilityIndex.MEASURE.change(50, 0).orElseThrow().verdict(), "the ends are in range");
    }

    @Test
    void aTargetWithinMeasurementErrorIsNamed() {
        assertEquals(Optional.of("a change of 3 is within measurement error; at least 5.5 is needed "
                + "(Young 2019, Cephalalgia 39:44 (cervicogenic headache))"),
                Goals.warning(NeckDisabilityIndex.MEASURE, 24, 21));
        assertEquals(Optional.empty(), Goals.warning(NeckDisabilityIndex.MEASURE, 24, 18));
        assertEquals(Optional.of("the target is not better than the baseline"),
                Goals.warning(FlexionRotationTest.MEASURE, 30, 28));
    }

    @Test
    void aMigraineDaysGoalHalvesTheBaselineMonth() {
        assertEquals(Optional.of(6.0), Goals.proposeTarget(HeadacheDiaryMetrics.MIGRAINE_DAYS, 12));
        assertEquals(Optional.empty(), Goals.warning(HeadacheDiaryMetrics.MIGRAINE_DAYS, 12, 6));
        assertEquals(Optional.of("a change of 4 is within measurement error; at least 6 is needed (50 % responder)"),
                Goals.warning(HeadacheDiaryMetrics.MIGRAINE_DAYS, 12, 8));
        assertEquals(Verdict.IMPROVED, HeadacheDiaryMetrics.MIGRAINE_DAYS.change(10, 5).orElseThrow().verdict());
        assertEquals(Verdict.NO_IMPORTANT_CHANGE,
                HeadacheDiaryMetrics.HEADACHE_DAYS.change(10, 5.5).orElseThrow().verdict());
        assertEquals(Optional.empty(), HeadacheDiaryMetrics.MIGRAINE_DAYS.change(0, 2), "no rate to halve");
    }

    @Test
    void aSinglePsfsActivityNeedsItsOwnMeasurementErrorOfThreePoints() {
        assertEquals(Optional.of(7.0), Goals.proposeTarget(PatientSpecificFunctionalScale.ACTIVITY, 4));
        assertEquals(Optional.of(10.0), Goals.proposeTarget(PatientSpecificFunctionalScale.ACTIVITY, 9), "not above 10");
        assertEquals(Optional.of("a change of 2 is within measurement error; at least 3 is needed "
                + "(Cleland 2006, MDC of a single activity)"), Goals.warning(PatientSpecificFunctionalScale.ACTIVITY, 4, 6));
        assertEquals(Optional.empty(), Goals.warning(PatientSpecificFunctionalScale.MEASURE, 4, 6), "+2 on the mean");
    }

    @Test
    void everyGoalMeasureHasATitle() {
        for (Measure measure : Measures.BUILT_IN) {
            assertNotEquals(measure.code(), Measures.title(measure.code()), measure.code());
        }
        assertEquals("Migraine days per 28 days (diary)", Measures.title("diary.migraineDays"));
    }

    @Test
    void statusFromTheLatestResultAndTheDueDate() {
        LocalDate before = DUE.minusDays(10);
        LocalDate after = DUE.plusDays(10);
        Direction lower = Direction.LOWER_IS_BETTER;
        assertEquals(GoalStatus.MET, Goals.status(lower, 24, 18, DUE, List.of(new Result(before, 17)), before));
        assertEquals(GoalStatus.PROGRESSING, Goals.status(lower, 24, 18, DUE, List.of(new Result(before, 21)), before));
        assertEquals(GoalStatus.NOT_DUE_YET, Goals.status(lower, 24, 18, DUE, List.of(new Result(before, 25)), before),
                "no better than the baseline yet, but before the due date a goal has not failed");
        assertEquals(GoalStatus.NOT_DUE_YET, Goals.status(lower, 24, 18, DUE, List.of(new Result(DUE, 25)), DUE),
                "on the due date itself still not failed");
        assertEquals(GoalStatus.NOT_MET, Goals.status(lower, 24, 18, DUE, List.of(new Result(DUE, 25)), DUE.plusDays(1)),
                "measured on the due date, judged the day after");
        assertEquals(GoalStatus.OVERDUE, Goals.status(lower, 24, 18, DUE, List.of(new Result(before, 21)), after),
                "past due, not measured since");
        assertEquals(GoalStatus.NOT_MET, Goals.status(lower, 24, 18, DUE, List.of(new Result(after, 21)), after));
        assertEquals(GoalStatus.MET, Goals.status(Direction.HIGHER_IS_BETTER, 24, 32, DUE,
                List.of(new Result(before, 28), new Result(after, 33)), after));
        assertEquals(GoalStatus.NOT_DUE_YET, Goals.status(lower, 24, 18, DUE, List.of(), before),
                "nothing measured since the plan, the due date ahead");
        assertEquals("in progress, not due yet", GoalStatus.NOT_DUE_YET.label());
    }
}
