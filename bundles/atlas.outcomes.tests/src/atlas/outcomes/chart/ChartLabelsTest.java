package atlas.outcomes.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.core.form.Observation;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.measures.HeadacheImpactTest;
import atlas.measures.NeckDisabilityIndex;
import atlas.outcomes.PatientOutcomes;

/**
 * Issue 17: band, baseline, goal and important-change labels never overlap each other or the data.
 * Nothing is written inside the plot (where the results are); the lines are named in the legend
 * with their values, the bands beside the plot - each name at its band's middle, and never touching
 * the next, at a report's size and at a small one. Drawn without a display, as the report draws them.
 */
@ExtendWith(InEnglish.class)
class ChartLabelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void nothingIsWrittenInsideThePlotAndEveryLineIsNamedInTheLegend() {
        // the case that overlapped: a goal close to the baseline and results running through both
        JFreeChart chart = OutcomeCharts.score(ChartData.score(NeckDisabilityIndex.MEASURE, of("ndi", 24, 23, 22, 24),
                List.of(new Goal(1, GoalTerm.SHORT, "ndi", 24.0, 22.0, LocalDate.of(2026, 12, 20))), List.of(), TODAY));
        XYPlot plot = chart.getXYPlot();
        List<Marker> markers = new ArrayList<>();
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            for (java.util.Collection<?> some : java.util.Arrays.asList(plot.getRangeMarkers(layer),
                    plot.getDomainMarkers(layer))) {
                if (some != null) {
                    some.forEach(marker -> markers.add((Marker) marker));
                }
            }
        }
        assertTrue(markers.size() >= 9, "bands, lines and the goal's date: " + markers.size());
        markers.forEach(marker -> assertEquals(null, marker.getLabel(), "text inside the plot: " + marker.getLabel()));
        assertEquals(List.of("Baseline 24", "Important change: 18.5", "Goal 22 by 12/20/2026 (in progress, not due yet)"),
                ChartDataTest.legend(chart));
        assertTrue(chart.getLegend() != null && chart.getLegend().getPosition() == RectangleEdge.BOTTOM);
    }

    @Test
    void theBandsAreNamedBesideThePlotAtTheirMiddlesWithoutTouching() {
        JFreeChart chart = OutcomeCharts.score(ChartData.score(NeckDisabilityIndex.MEASURE, of("ndi", 24, 17),
                List.of(), List.of(), TODAY));
        List<NumberTick> names = bandNames(chart, 560, 250);
        assertEquals(List.of("complete disability", "severe disability", "moderate disability", "mild disability",
                "no disability"),
                names.stream().map(NumberTick::getText).toList(), "every NDI band at a report's size");
        assertEquals(42.5, names.get(0).getValue(), 1e-9, "the middle of 35-50");
        assertApart(chart, names, 560, 250);
    }

    @Test
    void aBandTooThinForItsNameAtASmallSizeLosesTheNameNotTheRoom() {
        JFreeChart hit6 = OutcomeCharts.score(ChartData.score(HeadacheImpactTest.MEASURE, of("hit6", 62, 58),
                List.of(), List.of(), TODAY));
        List<NumberTick> roomy = bandNames(hit6, 560, 400);
        assertEquals(4, roomy.size(), "the four HIT-6 bands when there is room");
        assertApart(hit6, roomy, 560, 400);
        List<NumberTick> small = bandNames(hit6, 300, 150);
        assertTrue(small.size() < 4 && !small.isEmpty(), "at a small size some names give way: " + small);
        assertApart(hit6, small, 300, 150);
    }

    /** The band names as the chart draws them at {@code width} x {@code height}. */
    private static List<NumberTick> bandNames(JFreeChart chart, int width, int height) {
        Rectangle2D area = dataArea(chart, width, height);
        BandAxis axis = (BandAxis) chart.getXYPlot().getRangeAxis(1);
        return axis.names(lineHeight(axis), area, RectangleEdge.RIGHT);
    }

    private static void assertApart(JFreeChart chart, List<NumberTick> names, int width, int height) {
        Rectangle2D area = dataArea(chart, width, height);
        BandAxis axis = (BandAxis) chart.getXYPlot().getRangeAxis(1);
        double line = lineHeight(axis);
        for (int i = 1; i < names.size(); i++) {
            double above = axis.valueToJava2D(names.get(i - 1).getValue(), area, RectangleEdge.RIGHT);
            double below = axis.valueToJava2D(names.get(i).getValue(), area, RectangleEdge.RIGHT);
            assertTrue(below - above >= line, names.get(i - 1).getText() + " and " + names.get(i).getText() + " are "
                    + (below - above) + " px apart, a line is " + line);
        }
    }

    private static Rectangle2D dataArea(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        g2.dispose();
        return info.getPlotInfo().getDataArea();
    }

    private static double lineHeight(BandAxis axis) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g2.getFontMetrics(axis.getTickLabelFont()).getHeight();
        } finally {
            g2.dispose();
        }
    }

    private static PatientOutcomes of(String code, double... scores) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            observations.add(new Observation(7, null, null, code, scores[i], "points",
                    LocalDateTime.of(2026, 10, 1, 9, 0).plusWeeks(i)));
        }
        return new PatientOutcomes(observations, List.of(), List.of());
    }
}
