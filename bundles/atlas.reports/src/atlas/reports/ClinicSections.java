package atlas.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import atlas.api.measure.PatientResults;
import atlas.api.report.ReportSection;
import atlas.api.report.SectionContent;

/**
 * The sections clinics' plugins add to a report ({@link ReportSection}), as report sections of
 * Atlas's own layout. A plugin whose section fails is left out and logged: the report still prints.
 */
final class ClinicSections {

    private static final Logger LOG = Logger.getLogger(ClinicSections.class.getName());

    private ClinicSections() {
    }

    static List<ProgressReport.Section> of(List<ReportSection> plugins, PatientResults results) {
        List<ProgressReport.Section> sections = new ArrayList<>();
        for (ReportSection plugin : plugins) {
            Optional<SectionContent> content;
            try {
                content = plugin.section(results);
            } catch (RuntimeException broken) {
                LOG.log(Level.WARNING, "A clinic report section failed and is left out: "
                        + plugin.getClass().getName(), broken);
                continue;
            }
            if (content == null || content.isEmpty()) {
                continue;
            }
            SectionContent section = content.get();
            ProgressReport.Table table = section.columns().isEmpty() ? null
                    : new ProgressReport.Table(section.columns(), widths(section.columns().size()), section.rows());
            sections.add(new ProgressReport.Section(section.title(), table, List.of(), section.paragraphs()));
        }
        return sections;
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        return widths;
    }
}
