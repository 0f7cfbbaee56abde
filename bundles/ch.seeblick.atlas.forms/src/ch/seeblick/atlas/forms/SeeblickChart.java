package ch.seeblick.atlas.forms;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import atlas.api.chart.OutcomeChart;
import atlas.api.measure.MeasuredValue;
import atlas.api.measure.PatientResults;

/**
 * Physio Seeblick's chart: one bar per jaw-clenching screen against the clinic's two cut-offs,
 * the way the clinic explains the screen to a patient. Drawn with plain Java 2D.
 */
@Component(service = OutcomeChart.class)
public class SeeblickChart implements OutcomeChart {

    private static final double MAX = 13;
    private static final int MARGIN = 36;

    @Override
    public String title() {
        return SeeblickMeasures.german() ? "Kieferpressen: Punkte und Schwellen der Praxis"
                : "Jaw clenching: points and the clinic's cut-offs";
    }

    @Override
    public boolean appliesTo(PatientResults results) {
        return !results.of(SeeblickMeasures.CLENCHING).isEmpty();
    }

    @Override
    public void draw(PatientResults results, Graphics2D graphics, int width, int height) {
        List<MeasuredValue> screens = results.of(SeeblickMeasures.CLENCHING);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int plotWidth = Math.max(1, width - 2 * MARGIN);
        int plotHeight = Math.max(1, height - 2 * MARGIN);
        int slot = plotWidth / Math.max(1, screens.size());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
        for (int i = 0; i < screens.size(); i++) {
            MeasuredValue screen = screens.get(i);
            int bar = (int) Math.round(plotHeight * Math.min(screen.value(), MAX) / MAX);
            int x = MARGIN + i * slot + slot / 4;
            graphics.setColor(screen.value() >= SeeblickMeasures.DENTAL_REFERRAL ? new Color(0xE57373)
                    : screen.value() >= SeeblickMeasures.EXAMINE_JAW ? new Color(0xFFB74D) : new Color(0x81C784));
            graphics.fillRect(x, MARGIN + plotHeight - bar, Math.max(2, slot / 2), bar);
            graphics.setColor(Color.DARK_GRAY);
            graphics.drawString(Long.toString(Math.round(screen.value())), x, MARGIN + plotHeight - bar - 4);
            graphics.drawString(date.format(screen.at()), x, MARGIN + plotHeight + 16);
        }
        graphics.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] { 6f, 4f }, 0f));
        boolean german = SeeblickMeasures.german();
        cutOff(graphics, SeeblickMeasures.EXAMINE_JAW, german ? "Kiefer untersuchen" : "examine the jaw", width,
                plotHeight);
        cutOff(graphics, SeeblickMeasures.DENTAL_REFERRAL, german ? "zahnärztliche Abklärung" : "dental referral",
                width, plotHeight);
        graphics.setStroke(new BasicStroke(1f));
        graphics.drawLine(MARGIN, MARGIN + plotHeight, width - MARGIN, MARGIN + plotHeight);
    }

    /** The cut-off's line, and its name at the right end on a white veil, readable over a bar. */
    private static void cutOff(Graphics2D graphics, double value, String label, int width, int plotHeight) {
        int y = MARGIN + plotHeight - (int) Math.round(plotHeight * value / MAX);
        graphics.setColor(new Color(0x455A64));
        graphics.drawLine(MARGIN, y, width - MARGIN, y);
        String text = label + " (" + (int) value + ")";
        java.awt.FontMetrics metrics = graphics.getFontMetrics();
        int x = width - MARGIN - metrics.stringWidth(text) - 4;
        graphics.setColor(new Color(255, 255, 255, 210));
        graphics.fillRect(x - 3, y - metrics.getAscent() - 5, metrics.stringWidth(text) + 6, metrics.getHeight());
        graphics.setColor(new Color(0x263238));
        graphics.drawString(text, x, y - 4);
    }
}
