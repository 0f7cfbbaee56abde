package ch.seeblick.atlas.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.api.measure.MeasureDefinition;
import atlas.api.measure.MeasuredValue;
import atlas.api.measure.PatientResults;
import atlas.api.report.SectionContent;

/**
 * The example plugin's measure, report section and chart: the measure's bands are the screen's own
 * cut-offs, the section lists the episode's screens with what the clinic does, the chart draws a
 * bar per screen in the colour of its band.
 */
class SeeblickOutcomesTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theMeasuresBandsAreTheScreensCutOffs() {
        MeasureDefinition clenching = new SeeblickMeasures().measures().get(0);
        assertEquals(new JawClenchingScreen().score(answers(1, 1, 1, 1)).results().get(0).measureCode(),
                clenching.code(), "the form's results carry the declared code");
        assertEquals(List.of(0.0, 5.0, 9.0), clenching.bands().stream().map(MeasureDefinition.Band::from).toList());
        assertEquals(13, clenching.max());
        assertTrue(clenching.lowerIsBetter());
        assertEquals(null, clenching.importantChange(), "not validated: no verdict");
        // a sum of 5 is the first score the screen calls moderate, and the band agrees
        String band = new JawClenchingScreen().score(answers(2, 1, 1, 1)).results().get(0).band();
        assertTrue(band.startsWith("moderate"), band);
    }

    @Test
    void theReportSectionListsTheEpisodesScreensWithWhatTheClinicDoes() {
        PatientResults results = new PatientResults(LocalDate.of(2026, 3, 1), List.of(
                value(LocalDateTime.of(2025, 6, 1, 9, 0), 12), // an earlier episode: not reported
                value(LocalDateTime.of(2026, 3, 2, 9, 0), 10), value(LocalDateTime.of(2026, 4, 2, 9, 0), 6),
                new MeasuredValue("ndi", LocalDateTime.of(2026, 3, 2, 9, 0), 20, "%")));

        SectionContent section = new SeeblickReportSection().section(results).orElseThrow();

        assertEquals("Jaw-clenching screen (Physio Seeblick)", section.title());
        assertEquals(List.of("Date", "Points (0-13)", "What we do"), section.columns());
        assertEquals(List.of("10", "dental assessment recommended"), section.rows().get(0).subList(1, 3));
        assertEquals(List.of("6", "jaw examination"), section.rows().get(1).subList(1, 3));
        assertEquals(2, section.rows().size());
        assertFalse(new SeeblickReportSection().section(new PatientResults(null, List.of())).isPresent(),
                "nothing to say without a screen");
    }

    @Test
    void theChartDrawsABarPerScreenInItsBandsColour() {
        PatientResults results = new PatientResults(null, List.of(value(LocalDateTime.of(2026, 3, 2, 9, 0), 10),
                value(LocalDateTime.of(2026, 4, 2, 9, 0), 3)));
        SeeblickChart chart = new SeeblickChart();
        assertTrue(chart.appliesTo(results));
        assertFalse(chart.appliesTo(new PatientResults(null, List.of())));

        BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 400, 240);
        chart.draw(results, graphics, 400, 240);
        graphics.dispose();

        assertTrue(shows(image, 0xE57373), "the red bar of 10 points");
        assertTrue(shows(image, 0x81C784), "the green bar of 3 points");
        assertFalse(shows(image, 0xFFB74D), "no screen in the moderate band");
    }

    private static boolean shows(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MeasuredValue value(LocalDateTime at, double points) {
        return new MeasuredValue(SeeblickMeasures.CLENCHING, at, points, "points");
    }

    private static Map<String, String> answers(int day, int night, int stiffness, int headache) {
        return Map.of("clench.day", Integer.toString(day), "clench.night", Integer.toString(night), "clench.stiffness",
                Integer.toString(stiffness), "clench.headache", Integer.toString(headache));
    }
}
