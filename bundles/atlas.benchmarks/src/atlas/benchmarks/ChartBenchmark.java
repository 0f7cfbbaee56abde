package atlas.benchmarks;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

import atlas.core.form.Observation;
import atlas.measures.NeckDisabilityIndex;
import atlas.outcomes.PatientOutcomes;
import atlas.outcomes.chart.ChartData;
import atlas.outcomes.chart.ChartImages;
import atlas.outcomes.chart.OutcomeCharts;
import atlas.outcomes.chart.ScoreChartData;

/**
 * How long a chart of a 1,000-point series takes to draw (issue: under 20 ms), as the outcomes
 * part draws it: NDI results over five years on their bands with baseline, important change and a
 * goal, rendered with hover areas into a 680 x 300 image (a chart's size in a two-column part on
 * a 1400-pixel screen), and separately the building of the chart from the results.
 * Run by releng/bench-charts.sh.
 */
public final class ChartBenchmark {

    private static final int POINTS = 1_000;
    private static final int WARM_UP = 300;
    private static final int ROUNDS = 500;

    private ChartBenchmark() {
    }

    public static void main(String[] args) {
        int width = Integer.getInteger("width", 680);
        int height = Integer.getInteger("height", 300);
        SplittableRandom random = new SplittableRandom(7);
        List<Observation> observations = new ArrayList<>();
        LocalDateTime at = LocalDate.now().minusYears(5).atTime(9, 0);
        double ndi = 30;
        for (int i = 0; i < POINTS; i++) {
            observations.add(new Observation(1, null, null, "ndi", Math.round(ndi * 2) / 2.0, "points", at));
            ndi = Math.max(0, Math.min(50, ndi + random.nextDouble(-1.6, 1.5)));
            at = at.plusHours(43 + random.nextInt(3)); // about five years of results
        }
        PatientOutcomes outcomes = new PatientOutcomes(observations, List.of(), List.of());
        Percentiles build = new Percentiles(ROUNDS);
        Percentiles render = new Percentiles(ROUNDS);
        long checksum = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long started = System.nanoTime();
            ScoreChartData data = ChartData.score(NeckDisabilityIndex.MEASURE, outcomes, List.of(), List.of(),
                    LocalDate.now());
            JFreeChart chart = OutcomeCharts.score(data);
            long built = System.nanoTime();
            BufferedImage image = ChartImages.render(chart, width, height, new ChartRenderingInfo());
            long drawn = System.nanoTime();
            checksum += image.getRGB(width / 2, height / 2);
            if (round >= WARM_UP) {
                build.add(built - started);
                render.add(drawn - built);
            }
        }
        System.out.printf("chart of %,d points, %d x %d pixels, %d rounds after %d to warm up (checksum %d)%n", POINTS,
                width, height, ROUNDS, WARM_UP, checksum);
        System.out.printf("  build chart:  median %.2f ms, p95 %.2f ms, max %.2f ms%n", build.millis(50),
                build.millis(95), build.millis(100));
        System.out.printf("  render:       median %.2f ms, p95 %.2f ms, max %.2f ms%n", render.millis(50),
                render.millis(95), render.millis(100));
    }
}
