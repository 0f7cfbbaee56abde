package atlas.outcomes.chart;

import java.util.List;

/**
 * Examination values over time compared side by side: left and right rotation, the
 * flexion-rotation test to each side, or the three mouth-opening measures.
 */
public record SideChartData(String title, String unit, List<Line> lines) {

    /** One series: its name and its results. */
    public record Line(String name, List<ScoreChartData.Point> points) {
    }
}
