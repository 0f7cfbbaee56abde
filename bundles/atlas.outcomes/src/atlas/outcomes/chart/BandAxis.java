package atlas.outcomes.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

import atlas.measures.SeverityBands;

/**
 * The severity bands' names on an axis of their own at the plot's right, each beside the middle of
 * its band: outside the plot, so a name never covers a result or a line. It shows the range of the
 * score axis it stands beside (following it when that one ranges itself, as MIDAS does). A name
 * that would touch the one below it - a band thinner than a line of text at this chart's height -
 * is left out rather than drawn over it; its band is still shaded.
 */
public final class BandAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** Room between two names, pixels. */
    private static final double SPACING = 2;

    private final List<SeverityBands.Range> bands;

    BandAxis(List<SeverityBands.Range> bands, NumberAxis scores, Font font) {
        super(null);
        this.bands = List.copyOf(bands);
        setTickLabelFont(font);
        setTickLabelPaint(java.awt.Color.GRAY);
        setTickMarksVisible(false);
        setAxisLineVisible(false);
        setAutoRange(false);
        setRange(scores.getRange());
        scores.addChangeListener(changed -> {
            Range range = scores.getRange();
            if (!range.equals(getRange())) {
                setRange(range, true, false); // quietly: the chart redraws for the score axis's change anyway
            }
        });
    }

    /** Every band's name, from the lowest band up, whether or not it fits at the drawn size. */
    public List<String> bandNames() {
        return bands.stream().map(band -> band.band().label()).toList();
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        return names(g2.getFontMetrics(getTickLabelFont()).getHeight(), dataArea, edge);
    }

    /** The names that fit at this height, from the top band down, each at its band's middle. */
    List<NumberTick> names(double lineHeight, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> names = new ArrayList<>();
        Range shown = getRange();
        List<SeverityBands.Range> topDown = new ArrayList<>(bands);
        topDown.sort((a, b) -> Double.compare(Math.min(b.to(), shown.getUpperBound()),
                Math.min(a.to(), shown.getUpperBound())));
        double lowestTaken = Double.NEGATIVE_INFINITY; // Java2D y grows downwards
        for (SeverityBands.Range band : topDown) {
            double from = Math.max(band.from(), shown.getLowerBound());
            double to = Math.min(band.to(), shown.getUpperBound());
            if (to <= from) {
                continue; // outside the axis
            }
            double middle = (from + to) / 2;
            double y = valueToJava2D(middle, dataArea, edge);
            double top = y - lineHeight / 2;
            if (top < lowestTaken + SPACING) {
                continue;
            }
            lowestTaken = y + lineHeight / 2;
            names.add(new NumberTick(middle, band.band().label(), TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, 0));
        }
        return names;
    }
}
