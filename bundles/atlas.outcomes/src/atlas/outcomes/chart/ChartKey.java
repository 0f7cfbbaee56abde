package atlas.outcomes.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

import atlas.measures.SeverityBands;

/**
 * What a chart's bands and lines mean, said outside the plot (issue 17: band, baseline, goal and
 * important-change labels never overlap each other or the data): the bands' names on an axis at the
 * right ({@link BandAxis}), and each line - baseline, important change, goal, the diary's 50 % line -
 * in the legend under the chart, drawn as it is drawn in the plot, with its value. Inside the plot
 * there is no text at all, so nothing can cover a result however the results run.
 */
final class ChartKey {

    /** The legend's sample of a line: a short stretch of it. */
    private static final Shape SAMPLE = new Line2D.Double(-9, 0, 9, 0);

    private ChartKey() {
    }

    /** Names the bands beside the plot, on the right. */
    static void bandNames(XYPlot plot, List<SeverityBands.Range> bands, Font font) {
        if (bands.isEmpty()) {
            return;
        }
        plot.setRangeAxis(1, new BandAxis(bands, (NumberAxis) plot.getRangeAxis(), font));
    }

    /** A line as the legend shows it: its words, drawn in its colour and stroke. */
    static LegendItem line(String words, Color colour, Stroke stroke) {
        return new LegendItem(words, null, words, null, SAMPLE, stroke, colour);
    }

    /** A shaded area as the legend shows it: its words beside a square of its shade. */
    static LegendItem area(String words, Color shade) {
        return new LegendItem(words, null, words, null, new java.awt.Rectangle(-6, -6, 12, 12), shade,
                new BasicStroke(0.6f), Color.GRAY);
    }

    /**
     * The legend under the chart (made without one): the plot's own series (where there is more than
     * one), then {@code lines}; none when there is only one series and no line to name.
     */
    static void legend(JFreeChart chart, Plot plot, List<LegendItem> lines, Font font) {
        LegendItemCollection items = new LegendItemCollection();
        LegendItemCollection series = plot.getLegendItems();
        if (series.getItemCount() > 1) {
            items.addAll(series);
        }
        lines.forEach(items::add);
        if (items.getItemCount() == 0) {
            return;
        }
        if (plot instanceof XYPlot xy) {
            xy.setFixedLegendItems(items);
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot category) {
            category.setFixedLegendItems(items);
        }
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(font);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addLegend(legend);
    }
}
