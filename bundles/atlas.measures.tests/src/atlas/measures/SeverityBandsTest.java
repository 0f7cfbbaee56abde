package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Chart bands are the scorers' own boundaries (clinical reference, "Instruments"). */
@ExtendWith(EnglishLocale.class)
class SeverityBandsTest {

    @Test
    void ndiBandsStartAtFiveFifteenTwentyFiveAndThirtyFive() {
        List<SeverityBands.Range> ndi = SeverityBands.of("ndi");
        assertEquals(List.of(0.0, 5.0, 15.0, 25.0, 35.0), ndi.stream().map(SeverityBands.Range::from).toList());
        assertEquals(50.0, ndi.get(4).to());
        assertEquals("moderate disability", ndi.get(2).band().label());
    }

    @Test
    void hit6AndFonsecaBandsFollowTheirCutOffs() {
        assertEquals(List.of(36.0, 50.0, 56.0, 60.0), SeverityBands.of("hit6").stream().map(SeverityBands.Range::from)
                .toList());
        assertEquals(List.of("no TMD", "mild TMD", "moderate TMD", "severe TMD"), SeverityBands.of("fonseca").stream()
                .map(range -> range.band().label()).toList());
        assertEquals(List.of(0.0, 6.0, 11.0, 21.0), SeverityBands.of("midas").stream().map(SeverityBands.Range::from)
                .toList());
        assertEquals(List.of(), SeverityBands.of("nprs"), "no bands");
    }
}
