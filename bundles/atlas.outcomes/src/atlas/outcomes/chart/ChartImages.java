package atlas.outcomes.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** A chart as pixels (for the screen and reports), as PNG bytes, or as an SVG document. */
public final class ChartImages {

    private ChartImages() {
    }

    /** Draws the chart; {@code info}, if given, collects the points' areas and tool tips for hovering. */
    public static BufferedImage render(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        return chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, info);
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            return ChartUtils.encodeAsPNG(render(chart, width, height, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writes to memory only
        }
    }

    /**
     * The chart laid out at {@code width} x {@code height} and drawn {@code scale} times as many
     * pixels: for print, where the layout's fonts must stay readable and the lines sharp.
     */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            chart.draw(graphics, new Rectangle(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writes to memory only
        }
    }

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGDocument();
    }
}
