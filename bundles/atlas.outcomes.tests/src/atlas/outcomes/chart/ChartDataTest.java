package atlas.outcomes.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.form.Observation;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.measures.HeadacheDiaryMetrics;
import atlas.measures.NeckDisabilityIndex;
import atlas.measures.Verdict;
import atlas.outcomes.PatientOutcomes;

/** What the outcome charts show, built and drawn without a display. */
@ExtendWith(InEnglish.class)
class ChartDataTest {

    private static final long ANNA = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final double DAY_MS = 24 * 3600 * 1000.0;

    private static PatientOutcomes ndiOf(double... scores) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            observations.add(new Observation(ANNA, null, null, "ndi", scores[i], "points",
                    LocalDateTime.of(2026, 10, 1, 9, 0).plusWeeks(i)));
        }
        return new PatientOutcomes(observations, List.of(), List.of());
    }

    @Test
    void anNdiChartHasItsBandsTheBaselineTheImportantChangeAndTheGoal() {
        Goal goal = new Goal(1, GoalTerm.SHORT, "ndi", 24.0, 18.5, LocalDate.of(2026, 11, 12));
        List<Visit> visits = List.of(new Visit(ANNA, 1, LocalDateTime.of(2026, 10, 1, 9, 0), null,
                VisitType.INITIAL_EVALUATION), new Visit(ANNA, 1, LocalDateTime.of(2026, 10, 15, 9, 0), null, VisitType.DAILY));
        ScoreChartData data = ChartData.score(NeckDisabilityIndex.MEASURE, ndiOf(24, 21, 17), List.of(goal), visits, TODAY);

        assertEquals(3, data.points().size());
        assertEquals(24.0, data.baseline());
        assertEquals(18.5, data.threshold(), 1e-9, "24 - 5.5 (Young 2019)");
        assertEquals(5, data.bands().size());
        assertEquals(Verdict.IMPROVED, data.change().orElseThrow().verdict());
        assertEquals(List.of(new ScoreChartData.Target(18.5, LocalDate.of(2026, 11, 12), "met")), data.targets());
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15)), data.visits());
        assertEquals("Latest 17 against baseline 24: -7 points (improved; important change 5.5)",
                OutcomeCharts.verdict(data));

        JFreeChart chart = OutcomeCharts.score(data);
        List<Marker> background = new ArrayList<>(chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND));
        assertEquals(5, background.stream().filter(IntervalMarker.class::isInstance).count(), "one shade per band");
        List<Double> lines = chart.getXYPlot().getRangeMarkers(Layer.FOREGROUND).stream()
                .map(marker -> ((ValueMarker) marker).getValue()).toList();
        assertEquals(List.of(24.0, 18.5, 18.5), lines, "baseline, important change, goal target");
    }

    @Test
    void theTimeAxisFollowsTheSpanAndNeverShowsMillisecondsForOneResult() {
        JFreeChart one = OutcomeCharts.score(ChartData.score(NeckDisabilityIndex.MEASURE, ndiOf(24), List.of(), List.of(),
                TODAY));
        ChartImages.render(one, 640, 360, new ChartRenderingInfo()); // ticks are chosen when drawn
        org.jfree.chart.axis.DateAxis axis = (org.jfree.chart.axis.DateAxis) one.getXYPlot().getDomainAxis();
        assertTrue(axis.getMaximumDate().getTime() - axis.getMinimumDate().getTime() >= 14 * DAY_MS,
                "a fortnight around one result");
        assertTrue(axis.getTickUnit().getSize() >= DAY_MS, "ticks of days or longer, not " + axis.getTickUnit());

        Goal ahead = new Goal(1, GoalTerm.SHORT, "ndi", 24.0, 18.5, LocalDate.of(2027, 6, 1));
        JFreeChart year = OutcomeCharts.score(ChartData.score(NeckDisabilityIndex.MEASURE, ndiOf(24, 21, 17),
                List.of(ahead), List.of(), TODAY));
        ChartImages.render(year, 640, 360, new ChartRenderingInfo());
        org.jfree.chart.axis.DateAxis wide = (org.jfree.chart.axis.DateAxis) year.getXYPlot().getDomainAxis();
        assertTrue(wide.getMaximumDate().getTime() >= java.sql.Timestamp.valueOf(LocalDateTime.of(2027, 6, 1, 0, 0))
                .getTime(), "the goal's due date ahead is on the axis");
        assertTrue(wide.getTickUnit().getSize() >= DAY_MS, wide.getTickUnit().toString());
    }

    @Test
    void aChartDrawsItsPointsWithToolTipsAndExportsAsPngAndSvg() {
        JFreeChart chart = OutcomeCharts.score(ChartData.score(NeckDisabilityIndex.MEASURE, ndiOf(24, 21, 17), List.of(),
                List.of(), TODAY));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = ChartImages.render(chart, 640, 360, info);
        assertEquals(640, image.getWidth());
        List<String> tips = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(entity -> {
            if (entity instanceof XYItemEntity item) {
                tips.add(item.getToolTipText());
            }
        });
        assertEquals(3, tips.size(), "one hover area per point");
        assertTrue(tips.contains("Neck Disability Index: 17 (10/15/2026)"), tips.toString());

        byte[] png = ChartImages.png(chart, 320, 200);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        String svg = ChartImages.svg(chart, 320, 200);
        assertTrue(svg.contains("<svg") && svg.contains("Neck Disability Index"), svg.substring(0, 200));
    }

    @Test
    void theDiaryChartHasMonthlyBarsTheBaselineMonthAndTheFiftyPercentLine() {
        List<HeadacheDiaryEntry> diary = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            diary.add(entry(LocalDate.of(2026, 9, day * 3 - 2), true));
        }
        for (int day = 1; day <= 4; day++) {
            diary.add(entry(LocalDate.of(2026, 10, day * 5), day % 2 == 0));
        }
        DiaryChartData data = ChartData.diary(new PatientOutcomes(List.of(), List.of(), diary)
                .diaryMonths(LocalDate.of(2026, 10, 31)));

        assertEquals(2, data.months().size());
        assertEquals(10 * 28.0 / 30, data.baseline().migraineDaysPer28(), 1e-9, "September, normalised to 28 days");
        assertEquals(10 * 28.0 / 30 / 2, data.responderLine(), 1e-9);
        HeadacheDiaryMetrics.Month october = data.months().get(1);
        assertEquals(4, october.headacheDays());
        assertEquals(2, october.migraineDays(), "the two treated with a triptan");
        JFreeChart chart = OutcomeCharts.diary(data);
        assertEquals(3, chart.getCategoryPlot().getDataset().getRowCount(), "headache, migraine, medication days");
        assertEquals(2, chart.getCategoryPlot().getDataset().getColumnCount());
    }

    @Test
    void neckAndJawValuesAreComparedSideBySide() {
        List<Observation> observations = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            LocalDateTime at = LocalDateTime.of(2026, 10, 1, 9, 0).plusWeeks(week);
            observations.add(new Observation(ANNA, null, null, "frt.left", 24 + 4 * week, "degrees", at));
            observations.add(new Observation(ANNA, null, null, "frt.right", 38, "degrees", at));
            observations.add(new Observation(ANNA, null, null, "mouthOpening.assisted", 40 + week, "mm", at));
        }
        List<SideChartData> charts = ChartData.sideBySide(new PatientOutcomes(observations, List.of(), List.of()),
                code -> ChartWording.of("title." + code));
        assertEquals(List.of("Flexion-rotation test", "Mouth opening"), charts.stream().map(SideChartData::title).toList());
        assertEquals(List.of("Left", "Right"), charts.get(0).lines().stream().map(SideChartData.Line::name).toList());
        assertEquals(2, OutcomeCharts.sideBySide(charts.get(0)).getXYPlot().getDataset().getSeriesCount());
    }

    /**
     * A measure with its own chart draws its sides in it, with a legend: the flexion-rotation test
     * (range to the restricted side, with bands, baseline and goals) and its left and right are one
     * chart, not two.
     */
    @Test
    void theFlexionRotationTestIsOneChartWithItsSidesAndALegend() {
        List<Observation> observations = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            LocalDateTime at = LocalDateTime.of(2026, 10, 1, 9, 0).plusWeeks(week);
            observations.add(new Observation(ANNA, null, null, "frt", 24 + 4 * week, "degrees", at));
            observations.add(new Observation(ANNA, null, null, "frt.left", 24 + 4 * week, "degrees", at));
            observations.add(new Observation(ANNA, null, null, "frt.right", 38, "degrees", at));
        }
        PatientOutcomes outcomes = new PatientOutcomes(observations, List.of(), List.of());
        assertEquals(List.of(), ChartData.sideBySide(outcomes, code -> ChartWording.of("title." + code)),
                "no second chart of the flexion-rotation test");
        ScoreChartData data = ChartData.score(atlas.measures.FlexionRotationTest.MEASURE, outcomes, List.of(), List.of(),
                TODAY);
        assertEquals(List.of("Left", "Right"), data.sides().stream().map(SideChartData.Line::name).toList());
        JFreeChart chart = OutcomeCharts.score(data);
        assertEquals(3, chart.getXYPlot().getDataset().getSeriesCount(), "the restricted side, left and right");
        assertTrue(chart.getLegend() != null, "more than one series: a legend says which is which");
        JFreeChart alone = OutcomeCharts.score(ChartData.score(NeckDisabilityIndex.MEASURE, ndiOf(24, 21), List.of(),
                List.of(), TODAY));
        assertEquals(List.of("Baseline 24", "Important change: 18.5"), legend(alone),
                "one series is named by the title; the legend names only the lines");
    }

    static List<String> legend(JFreeChart chart) {
        List<String> words = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            words.add(items.get(i).getLabel());
        }
        return words;
    }

    private static HeadacheDiaryEntry entry(LocalDate day, boolean triptan) {
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(ANNA, day.atTime(8, 0), 180, 6);
        if (triptan) {
            entry.setMedicationName("Sumatriptan");
            entry.setMedicationClass(MedicationClass.TRIPTAN);
        }
        return entry;
    }
}
