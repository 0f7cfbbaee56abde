package atlas.api.report;

import java.util.Optional;

import atlas.api.measure.PatientResults;

/**
 * A section a clinic's plugin adds to progress reports and discharge summaries, contributed as an
 * OSGi service. Atlas lays it out after its own sections, in the report's fonts.
 */
public interface ReportSection {

    /** The section for this patient, in the user's language; empty when it has nothing to say. */
    Optional<SectionContent> section(PatientResults results);
}
