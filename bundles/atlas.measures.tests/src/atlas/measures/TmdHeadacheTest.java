package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Headache attributed to TMD (Schiffman 2014): history, familiar headache on examination, painful TMD. */
class TmdHeadacheTest {

    @Test
    void allThreeMustHoldAndEitherExaminationFindingCounts() {
        assertEquals(Optional.of(true), TmdHeadache.attributed(true, true, true, true, null), "on temporalis palpation");
        assertEquals(Optional.of(true), TmdHeadache.attributed(true, true, true, false, true), "on opening");
        assertEquals(Optional.of(false), TmdHeadache.attributed(true, false, true, true, true), "not changed by the jaw");
        assertEquals(Optional.of(false), TmdHeadache.attributed(true, true, false, true, true), "no painful TMD");
        assertEquals(Optional.of(false), TmdHeadache.attributed(true, true, true, false, false), "not reproduced");
    }

    @Test
    void withoutTheHistoryOrTheExaminationNothingIsClaimed() {
        assertEquals(Optional.empty(), TmdHeadache.attributed(null, true, true, true, true));
        assertEquals(Optional.empty(), TmdHeadache.attributed(true, true, true, null, null));
    }
}
