package atlas.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.api.form.FormResult;
import atlas.core.form.Observation;
import atlas.measures.Verdict;

/** A result against the first saved result of its measure, judged by its own important change and direction. */
class BaselineChangeTest {

    private static Observation saved(double value) {
        return new Observation(1, null, null, "ndi", value, "points", LocalDateTime.of(2026, 11, 2, 9, 0));
    }

    @Test
    void theFirstSavedResultIsTheBaselineAndTheChangeIsJudgedByTheResultsOwnThreshold() {
        FormResult ndi = new FormResult("ndi", "NDI", 17.8, "points", null, 5.5, true);
        BaselineChange change = BaselineChange.of(List.of(saved(24), saved(20)), ndi).orElseThrow();
        assertEquals(24, change.baseline());
        assertEquals(-6.2, change.difference(), 1e-9);
        assertEquals(Verdict.IMPROVED, change.change().orElseThrow().verdict(), "6.2 lower, at least the MCID 5.5");
        FormResult small = new FormResult("ndi", "NDI", 20, "points", null, 5.5, true);
        assertEquals(Verdict.NO_IMPORTANT_CHANGE, BaselineChange.of(List.of(saved(24)), small).orElseThrow().change()
                .orElseThrow().verdict());
        FormResult higherIsBetter = new FormResult("psfs", "PSFS", 4, "points", null, 2.0, false);
        assertEquals(Verdict.WORSE, BaselineChange.of(List.of(saved(7)), higherIsBetter).orElseThrow().change()
                .orElseThrow().verdict());
    }

    @Test
    void withoutASavedResultThereIsNoBaselineAndWithoutAThresholdNoVerdict() {
        FormResult ndi = new FormResult("ndi", "NDI", 17.8, "points", null, 5.5, true);
        assertTrue(BaselineChange.of(List.of(), ndi).isEmpty());
        FormResult count = new FormResult("trp.active", "Active trigger points", 2, "count", null, null, true);
        BaselineChange change = BaselineChange.of(List.of(saved(4)), count).orElseThrow();
        assertEquals(-2, change.difference());
        assertTrue(change.change().isEmpty(), "no important change known, so no verdict");
    }
}
