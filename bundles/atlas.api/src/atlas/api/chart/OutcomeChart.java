package atlas.api.chart;

import java.awt.Graphics2D;

import atlas.api.measure.PatientResults;

/**
 * An outcome chart a clinic's plugin adds, contributed as an OSGi service: shown with the patient's
 * other charts (and saved, printed and put in progress reports like them). The plugin draws with
 * Java 2D, so it is free to use any chart library it ships itself.
 */
public interface OutcomeChart {

    /** The chart's title in the user's language. */
    String title();

    /** Whether this patient has results the chart shows; no chart is drawn otherwise. */
    boolean appliesTo(PatientResults results);

    /**
     * Draws the chart, without its title, into {@code width} x {@code height} (Java 2D units; Atlas
     * scales for print). The background is white already.
     */
    void draw(PatientResults results, Graphics2D graphics, int width, int height);
}
