package atlas.outcomes.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

import atlas.api.chart.OutcomeChart;
import atlas.api.measure.PatientResults;

/**
 * The charts clinics' plugins draw ({@link OutcomeChart}), as JFreeCharts like Atlas's own: so they
 * are shown, saved as PNG or SVG, and put into progress reports without a second path. A plugin's
 * chart that fails while drawing shows a line saying so instead of stopping the other charts.
 */
public final class ClinicCharts {

    private static final Logger LOG = Logger.getLogger(ClinicCharts.class.getName());

    private ClinicCharts() {
    }

    /** The plugins' charts that have something to show for this patient, in the order given. */
    public static List<JFreeChart> of(List<OutcomeChart> charts, PatientResults results) {
        return charts.stream().filter(chart -> applies(chart, results)).map(chart -> chart(chart, results)).toList();
    }

    private static boolean applies(OutcomeChart chart, PatientResults results) {
        try {
            return chart.appliesTo(results);
        } catch (RuntimeException broken) {
            LOG.log(Level.WARNING, "A clinic chart failed to say whether it applies: " + chart.getClass().getName(),
                    broken);
            return false;
        }
    }

    private static JFreeChart chart(OutcomeChart chart, PatientResults results) {
        String title;
        try {
            title = chart.title();
        } catch (RuntimeException broken) {
            title = chart.getClass().getSimpleName();
        }
        JFreeChart drawn = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14),
                new PluginPlot(chart, results), false);
        drawn.setBackgroundPaint(Color.WHITE);
        return drawn;
    }

    /** Hands the plot's area to the plugin, translated and clipped, with the drawing state restored after. */
    private static final class PluginPlot extends Plot {

        private static final long serialVersionUID = 1L;
        private final transient OutcomeChart chart;
        private final transient PatientResults results;

        PluginPlot(OutcomeChart chart, PatientResults results) {
            this.chart = chart;
            this.results = results;
        }

        @Override
        public String getPlotType() {
            return "Clinic chart";
        }

        @Override
        public void draw(Graphics2D graphics, Rectangle2D area, Point2D anchor, PlotState parentState,
                PlotRenderingInfo info) {
            if (info != null) {
                info.setPlotArea(area);
                info.setDataArea(area);
            }
            AffineTransform transform = graphics.getTransform();
            Shape clip = graphics.getClip();
            java.awt.Paint paint = graphics.getPaint();
            java.awt.Stroke stroke = graphics.getStroke();
            Font font = graphics.getFont();
            try {
                graphics.setPaint(Color.WHITE);
                graphics.fill(area);
                graphics.clip(area);
                graphics.translate(area.getX(), area.getY());
                graphics.setPaint(Color.BLACK);
                chart.draw(results, graphics, (int) area.getWidth(), (int) area.getHeight());
            } catch (RuntimeException broken) {
                LOG.log(Level.WARNING, "A clinic chart failed to draw: " + chart.getClass().getName(), broken);
                graphics.setTransform(transform);
                graphics.setPaint(Color.DARK_GRAY);
                graphics.drawString(ChartWording.of("clinicChart.failed"), (float) area.getX() + 8,
                        (float) area.getCenterY());
            } finally {
                graphics.setTransform(transform);
                graphics.setClip(clip);
                graphics.setPaint(paint);
                graphics.setStroke(stroke);
                graphics.setFont(font);
            }
        }
    }
}
