package atlas.outcomes.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import atlas.core.dates.ClinicDates;
import atlas.measures.Change;
import atlas.measures.HeadacheDiaryMetrics;
import atlas.measures.SeverityBands;

/**
 * The outcome charts drawn with JFreeChart: scores over time on shaded severity bands with the
 * baseline, the important-change line, goal targets and visits; the diary's monthly bars with the
 * 50 % line; side-by-side examination values; the clinic's responder rates. Points carry tool tips
 * ("NDI: 17 on 27 Nov 2026") shown on hover.
 */
public final class OutcomeCharts {

    /** Band shades from best to worst: green to red, light so that the points stay readable. */
    private static final Color[] BAND_SHADES = { new Color(0xE3F2E1), new Color(0xF5F5D5), new Color(0xFCEBD2),
            new Color(0xFADBD3), new Color(0xF3C9C9) };
    private static final Color BASELINE = new Color(0x455A64);
    private static final Color THRESHOLD = new Color(0x2E7D32);
    private static final Color TARGET = new Color(0x1565C0);
    private static final Color VISIT = new Color(0xB0BEC5);
    private static final Color BASELINE_MONTH = new Color(0xECEFF1);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 6f, 4f }, 0f);
    /** Results further apart than this belong to different courses of care: the line is broken. */
    private static final int GAP_DAYS = 90;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** The narrowest time axis: two weeks, so one result never gets ticks of hours or less. */
    static final int MIN_SPAN_DAYS = 14;

    private OutcomeCharts() {
    }

    public static JFreeChart score(ScoreChartData data) {
        TimeSeriesCollection lines = new TimeSeriesCollection(series(data.title(), data.points()));
        for (SideChartData.Line side : data.sides()) {
            lines.addSeries(series(side.name(), side.points()));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(data.title(), ChartWording.of("axis.date"),
                ChartWording.unit(data.measure().unit()), lines, false, true, false);
        XYPlot plot = style(chart);
        for (int side = 1; side <= data.sides().size(); side++) {
            ((XYLineAndShapeRenderer) plot.getRenderer()).setSeriesStroke(side, new BasicStroke(1.2f));
        }
        List<SeverityBands.Range> bands = data.bands();
        for (SeverityBands.Range band : bands) {
            plot.addRangeMarker(new IntervalMarker(band.from(), band.to(),
                    BAND_SHADES[Math.min(band.band().rank(), BAND_SHADES.length - 1)]), Layer.BACKGROUND);
        }
        for (LocalDate visit : data.visits()) {
            ValueMarker line = new ValueMarker(millis(visit.atStartOfDay()), VISIT, new BasicStroke(0.6f));
            plot.addDomainMarker(line, Layer.BACKGROUND);
        }
        // the lines are named in the legend and the bands beside the plot: no text inside the plot
        List<LegendItem> named = new java.util.ArrayList<>();
        if (data.baseline() != null) {
            plot.addRangeMarker(new ValueMarker(data.baseline(), BASELINE, DASHED), Layer.FOREGROUND);
            named.add(ChartKey.line(ChartWording.of("baseline", ChartWording.number(data.baseline())), BASELINE, DASHED));
        }
        if (data.threshold() != null) {
            plot.addRangeMarker(new ValueMarker(data.threshold(), THRESHOLD, DASHED), Layer.FOREGROUND);
            named.add(ChartKey.line(ChartWording.of("threshold", ChartWording.number(data.threshold())), THRESHOLD,
                    DASHED));
        }
        for (ScoreChartData.Target target : data.targets()) {
            plot.addRangeMarker(new ValueMarker(target.value(), TARGET, DASHED), Layer.FOREGROUND);
            named.add(ChartKey.line(ChartWording.of("target", ChartWording.number(target.value()), date(target.due()),
                    target.status()), TARGET, DASHED));
            ValueMarker due = new ValueMarker(millis(target.due().atStartOfDay()), TARGET, DASHED);
            plot.addDomainMarker(due, Layer.FOREGROUND);
        }
        // the whole range, so that the bands and lines are seen in proportion
        plot.getRangeAxis().setRange(data.measure().min(), Math.max(data.measure().max() == 0 ? 1 : data.measure().max(),
                data.points().stream().mapToDouble(ScoreChartData.Point::value).max().orElse(0)));
        if (data.measure().code().equals("midas")) {
            plot.getRangeAxis().setAutoRange(true); // MIDAS counts days of 3 months: open-ended
        }
        span((DateAxis) plot.getDomainAxis(), data);
        ChartKey.bandNames(plot, bands, LABEL);
        ChartKey.legend(chart, plot, named, LABEL);
        chart.addSubtitle(new TextTitle(verdict(data), LABEL));
        return chart;
    }

    /**
     * The time axis from the first result or visit to the last one or the latest goal's due date
     * (so a target ahead is seen), at least {@link #MIN_SPAN_DAYS} wide: one result alone gets a
     * fortnight around it instead of an axis of milliseconds. The ticks follow the span (days,
     * weeks, months, years) and are written in the user's language.
     */
    static void span(DateAxis axis, ScoreChartData data) {
        List<LocalDate> days = new java.util.ArrayList<>();
        data.points().forEach(point -> days.add(point.at().toLocalDate()));
        data.sides().forEach(side -> side.points().forEach(point -> days.add(point.at().toLocalDate())));
        days.addAll(data.visits());
        data.targets().forEach(target -> days.add(target.due()));
        if (days.isEmpty()) {
            return;
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        long wide = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        long pad = Math.max((MIN_SPAN_DAYS - wide + 1) / 2, Math.max(1, wide / 20));
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(java.util.TimeZone.getDefault(),
                java.util.Locale.getDefault()));
        axis.setRange(new java.util.Date(millis(first.minusDays(pad).atStartOfDay())),
                new java.util.Date(millis(last.plusDays(pad).atStartOfDay())));
    }

    /** "Latest 17 against baseline 24: -7 points (improved; important change 5.5)". */
    public static String verdict(ScoreChartData data) {
        if (data.change().isEmpty()) {
            return data.baseline() == null || data.measure().importantChangeFrom(data.baseline()).isPresent() ? ""
                    : ChartWording.of("noVerdict");
        }
        Change change = data.change().get();
        return ChartWording.of("verdict", ChartWording.number(change.latest()), ChartWording.number(change.baseline()),
                (change.difference() > 0 ? "+" : "") + ChartWording.number(change.difference()) + " "
                        + ChartWording.unit(data.measure().unit()),
                change.verdict().label(), ChartWording.number(change.threshold()));
    }

    public static JFreeChart diary(DiaryChartData data) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (HeadacheDiaryMetrics.Month month : data.months()) {
            String column = monthLabel(month);
            bars.addValue(month.headacheDaysPer28(), ChartWording.of("diary.headache"), column);
            bars.addValue(month.migraineDaysPer28(), ChartWording.of("diary.migraine"), column);
            bars.addValue(month.medicationDaysPer28(), ChartWording.of("diary.medication"), column);
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartWording.of("diary.title"), ChartWording.of("axis.month"),
                ChartWording.of("axis.daysPer28"), bars, PlotOrientation.VERTICAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        styleBars(chart, plot);
        plot.getRenderer().setSeriesPaint(0, new Color(0x90A4AE));
        plot.getRenderer().setSeriesPaint(1, new Color(0xC62828));
        plot.getRenderer().setSeriesPaint(2, new Color(0xF9A825));
        if (data.months().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45); // a year of months fits
        }
        List<LegendItem> named = new java.util.ArrayList<>();
        if (data.baseline() != null) {
            // named in the legend, as the score charts' lines are: nothing written over the bars
            CategoryMarker baseline = new CategoryMarker(monthLabel(data.baseline()), BASELINE_MONTH,
                    new BasicStroke(1f));
            baseline.setDrawAsLine(false);
            plot.addDomainMarker(baseline, Layer.BACKGROUND);
            plot.addRangeMarker(new ValueMarker(data.responderLine(), THRESHOLD, DASHED), Layer.FOREGROUND);
            named.add(ChartKey.area(ChartWording.of("diary.baselineMonth"), BASELINE_MONTH));
            named.add(ChartKey.line(ChartWording.of("diary.responderLine", ChartWording.number(data.responderLine())),
                    THRESHOLD, DASHED));
        }
        ChartKey.legend(chart, plot, named, LABEL);
        return chart;
    }

    public static JFreeChart sideBySide(SideChartData data) {
        TimeSeriesCollection lines = new TimeSeriesCollection();
        for (SideChartData.Line line : data.lines()) {
            lines.addSeries(series(line.name(), line.points()));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(data.title(), ChartWording.of("axis.date"),
                ChartWording.unit(data.unit()),
                lines, true, true, false);
        style(chart);
        return chart;
    }

    /** The share of patients reaching the important change, per measure, as bars. */
    public static JFreeChart responders(List<ResponderRates.Rate> rates) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (ResponderRates.Rate rate : rates) {
            bars.addValue(rate.share() * 100, ChartWording.of("responder.title"),
                    ChartWording.of("responder.category", rate.title(), rate.episodes()));
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartWording.of("responder.title"), "",
                ChartWording.of("axis.share"), bars, PlotOrientation.VERTICAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        styleBars(chart, plot);
        plot.getRangeAxis().setRange(0, 100);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3); // measure titles wrap instead of ending in "..."
        plot.getRenderer().setSeriesPaint(0, THRESHOLD);
        return chart;
    }

    /**
     * The points as a series; where more than {@link #GAP_DAYS} pass without a result (between two
     * episodes of care), an empty value breaks the line, so no trend is drawn where nothing was measured.
     */
    private static TimeSeries series(String name, List<ScoreChartData.Point> points) {
        TimeSeries series = new TimeSeries(name);
        ScoreChartData.Point previous = null;
        for (ScoreChartData.Point point : points) {
            if (previous != null && previous.at().plusDays(GAP_DAYS).isBefore(point.at())) {
                series.addOrUpdate(new FixedMillisecond(millis(previous.at()) + 1), (Number) null);
            }
            series.addOrUpdate(new FixedMillisecond(millis(point.at())), point.value());
            previous = point;
        }
        return series;
    }

    private static XYPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {2} ({1})",
                new java.text.SimpleDateFormat(ClinicDates.forPlatform().datePattern()), NumberFormat.getNumberInstance()));
        renderer.setSeriesPaint(0, new Color(0x1A237E));
        renderer.setSeriesPaint(1, new Color(0xC62828));
        renderer.setSeriesPaint(2, new Color(0x2E7D32));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return plot;
    }

    private static void styleBars(JFreeChart chart, CategoryPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}",
                NumberFormat.getNumberInstance()));
    }

    /** "Nov 26": short enough for a year of months side by side. */
    private static String monthLabel(HeadacheDiaryMetrics.Month month) {
        return DateTimeFormatter.ofPattern("MMM yy", java.util.Locale.getDefault()).format(month.month());
    }

    private static long millis(LocalDateTime at) {
        return at.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static String date(LocalDate day) {
        return ClinicDates.forPlatform().date(day);
    }

    static Date date(LocalDateTime at) {
        return new Date(millis(at));
    }
}
