package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.measures.NeckExamFindings.Finding;
import atlas.measures.NeckExamFindings.Judgement;

/** The neck examination read against reference values, between the sides and against the remote site. */
@ExtendWith(EnglishLocale.class)
class NeckExamFindingsTest {

    private static Map<String, Double> values(Object... codesAndValues) {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put((String) codesAndValues[i], ((Number) codesAndValues[i + 1]).doubleValue());
        }
        return values;
    }

    private static Finding finding(List<Finding> findings, String titleStart) {
        return findings.stream().filter(finding -> finding.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void aMovementIsReducedOnlyBeyondTheNaturalVariationOfItsReference() {
        // rotation reference 80, variation 14: 66 is within, 65 is reduced
        assertEquals(Judgement.WITHIN, finding(NeckExamFindings.of(values("rom.rotationLeft", 66, "rom.rotationRight",
                70), 45), "Active rotation").judgement());
        Finding reduced = finding(NeckExamFindings.of(values("rom.rotationLeft", 65, "rom.rotationRight", 70), 45),
                "Active rotation");
        assertEquals(Judgement.REDUCED, reduced.judgement());
        assertEquals("left 65\u00b0, right 70\u00b0 (5\u00b0 apart)", reduced.found());
        assertEquals("80\u00b0 \u00b114\u00b0 (ages 18-120)", reduced.against());
        // extension reference 60, variation 20
        assertEquals(Judgement.REDUCED, finding(NeckExamFindings.of(values("rom.extension", 39), 30),
                "Active extension").judgement());
        assertEquals(Judgement.WITHIN, finding(NeckExamFindings.of(values("rom.extension", 40), 30),
                "Active extension").judgement());
    }

    @Test
    void aSideDifferenceCountsBeyondTheNaturalVariation() {
        // lateral flexion: variation 12; 45 and 33 differ by 12 (within), 45 and 32 by 13
        assertEquals(Judgement.WITHIN, finding(NeckExamFindings.of(values("rom.lateralFlexionLeft", 45,
                "rom.lateralFlexionRight", 33), 50), "Active lateral").judgement());
        assertEquals(Judgement.SIDE_DIFFERENCE, finding(NeckExamFindings.of(values("rom.lateralFlexionLeft", 46,
                "rom.lateralFlexionRight", 33), 50), "Active lateral").judgement());
    }

    @Test
    void withoutAnAgeOrABandForItNothingIsJudgedAndTheLineSaysWhy() {
        Finding noAge = finding(NeckExamFindings.of(values("rom.flexion", 20), null), "Active flexion");
        assertEquals(Judgement.NOT_JUDGED, noAge.judgement());
        assertEquals("no date of birth: no reference", noAge.against());
        Finding child = finding(NeckExamFindings.of(values("rom.flexion", 20), 12), "Active flexion");
        assertEquals("20\u00b0", child.found());
        assertEquals("no reference for age 12", child.against());
    }

    @Test
    void pressurePainThresholdsAreReportedBetweenTheSidesAndAgainstTheRemoteSite() {
        List<Finding> findings = NeckExamFindings.of(values("ppt.upperTrapezius.left", 180, "ppt.upperTrapezius.right",
                260, "ppt.tibialisAnterior.left", 440, "ppt.tibialisAnterior.right", 360, "ppt.temporalis.right", 200),
                40);
        Finding trapezius = finding(findings, "Pressure pain threshold: upper trapezius");
        assertEquals(Judgement.REPORTED, trapezius.judgement());
        // 80 of 260 lower = 31 %; mean 220 of the remote mean 400 = 55 %
        assertEquals("left 180, right 260 kPa", trapezius.found());
        assertEquals("left 31 % lower \u00b7 55 % of the remote site", trapezius.against());
        assertEquals("right 200 kPa (left not measured)", finding(findings, "Pressure pain threshold: temporalis").found());
        assertEquals("50 % of the remote site", finding(findings, "Pressure pain threshold: temporalis").against());
        assertEquals(2, findings.size(), "sites not examined are left out");
    }

    @Test
    void withoutTheRemoteSiteTheLineSaysSo() {
        Finding masseter = NeckExamFindings.of(values("ppt.masseter.left", 150, "ppt.masseter.right", 150), 40).get(0);
        assertEquals("left 150, right 150 kPa", masseter.found());
        assertEquals("sides equal \u00b7 remote site not measured", masseter.against());
    }
}
