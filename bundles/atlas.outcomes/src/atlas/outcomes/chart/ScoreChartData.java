package atlas.outcomes.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import atlas.measures.Change;
import atlas.measures.Measure;
import atlas.measures.SeverityBands;

/**
 * What a measure's chart shows: the results over time, the visits, the severity bands, the
 * baseline and the line one important change better than it, the goals' targets and due dates, and
 * the verdict of the latest result against the baseline.
 *
 * @param threshold the value one important change (MCID/MDC) better than the baseline, if known
 * @param change    the latest result against the baseline, judged; empty with fewer than two results
 *                  or without an important change
 * @param sides     the measure's values by side or kind drawn with it (the flexion-rotation test to
 *                  the left and the right, the three mouth openings), so it has one chart, not two
 */
public record ScoreChartData(Measure measure, String title, List<Point> points, List<LocalDate> visits,
        List<SeverityBands.Range> bands, Double baseline, Double threshold, List<Target> targets,
        Optional<Change> change, List<SideChartData.Line> sides) {

    /** One result. */
    public record Point(LocalDateTime at, double value) {
    }

    /** A goal on the measure: its target, due date and status in words. */
    public record Target(double value, LocalDate due, String status) {
    }
}
