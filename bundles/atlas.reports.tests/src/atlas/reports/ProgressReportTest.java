package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static atlas.reports.SixWeeksOfCare.episode;
import static atlas.reports.SixWeeksOfCare.pdfText;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A progress report and a discharge summary of a six-week episode, read back from the PDF: patient
 * and episode, the measures with baseline, latest, change and verdict, the charts, the goals, the
 * interventions given, the plan, and the signed-by line.
 */
@ExtendWith(EnglishLocale.class)
class ProgressReportTest {

    @Test
    void theReportSaysHowThePatientIsDoingAgainstTheBaselineAndTheGoals() throws Exception {
        SixWeeksOfCare.Input episode = episode();
        String text = pdfText(ProgressReports.assemble(episode.input(ProgressReports.Kind.PROGRESS_REPORT, null)), 3);
        for (String expected : List.of("Progress report", "Keller, Anna, born 3/12/1980, record no. P-0001",
                "Episode of care since 10/5/2026: G43.0 Migraine without aura", "Results up to 11/16/2026",
                "Outcome measures", "Neck Disability Index", "improved (MCID 5.5)", "-7", "HIT-6",
                "no important change", "Goals", "short-term", "met", "Interventions given",
                "Deep neck flexor training", "Held 10 x 10 s", "Plan of care",
                "2 sessions a week for 6 weeks, 12 visits planned", "Signed: Maria Lehmann, PT")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(text.contains("long-term HIT-6 64 58"), "a goal set without a baseline shows the first result, "
                + "as its status is judged from it:\n" + text);
    }

    @Test
    void theLetterProposedIsToTheReferrerWithTheLatestSignedAssessmentAndIsPrintedAsEdited() throws Exception {
        SixWeeksOfCare.Input episode = episode();
        atlas.core.note.ClinicalNote first = new atlas.core.note.ClinicalNote(1, 100, 5L);
        first.setAssessment("Cervicogenic contribution likely.");
        first.markSigned(5, java.time.Instant.now());
        atlas.core.note.ClinicalNote second = new atlas.core.note.ClinicalNote(1, 101, 5L);
        second.setAssessment("Improving: NDI down 3 points; continue.");
        second.markSigned(5, java.time.Instant.now());
        atlas.core.note.ClinicalNote draft = new atlas.core.note.ClinicalNote(1, 102, 5L);
        draft.setAssessment("Draft thoughts, not signed.");
        List<atlas.core.note.ClinicalNote> notes = List.of(draft, second, first);
        ReportLetter proposed = ReportLetter.proposed(episode.input(ProgressReports.Kind.PROGRESS_REPORT, null).record(),
                episode.episode(), null, notes);
        assertEquals(new ReportLetter("GP", "Improving: NDI down 3 points; continue."), proposed,
                "the episode's referrer; the latest signed note's assessment, not the draft's");
        assertEquals("Cervicogenic contribution likely.", ReportLetter.proposed(episode.input(
                ProgressReports.Kind.PROGRESS_REPORT, null).record(), episode.episode(), episode.visits().get(0), notes)
                .narrative(), "up to the report's visit only");

        ReportLetter edited = new ReportLetter("Dr. A. Berger, Praxis am Markt", "Improving.\nDriving again.");
        String text = pdfText(ProgressReports.assemble(episode.input(ProgressReports.Kind.PROGRESS_REPORT, null),
                edited), 3);
        for (String expected : List.of("To: Dr. A. Berger, Praxis am Markt", "Assessment", "Improving.",
                "Driving again.")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(!pdfText(ProgressReports.assemble(episode.input(ProgressReports.Kind.PROGRESS_REPORT, null)), 3)
                .contains("To:"), "no addressee line without an addressee");
    }

    @Test
    void aReportFromAVisitCountsTheResultsUpToThatVisitOnly() throws Exception {
        SixWeeksOfCare.Input episode = episode();
        String text = pdfText(ProgressReports.assemble(episode.input(ProgressReports.Kind.DISCHARGE_SUMMARY,
                episode.visits().get(1))), 3);
        assertTrue(text.contains("Discharge summary"), text);
        assertTrue(text.contains("Results up to the visit of 10/26/2026 (treatment)"), text);
        assertTrue(text.contains("21") && !text.contains("improved (MCID 5.5)"), "NDI 24 -> 21 only: " + text);
    }

    @Test
    void aClinicsMeasureSectionAndChartAreInTheReportAndABrokenOneIsLeftOut() throws Exception {
        atlas.api.measure.MeasureCatalogue grip = new atlas.api.measure.MeasureCatalogue() {
            @Override
            public List<atlas.api.measure.MeasureDefinition> measures() {
                return List.of(new atlas.api.measure.MeasureDefinition("clinic.grip", "kg", 0, 60, false, 6.5,
                        "clinic audit", List.of()));
            }

            @Override
            public String title(String code) {
                return "Grip strength (clinic)";
            }
        };
        atlas.api.report.ReportSection section = results -> java.util.Optional.of(new atlas.api.report.SectionContent(
                "Clinic grip page", List.of("Measured with the clinic's dynamometer."), List.of("Results"),
                List.of(List.of(results.of("clinic.grip").size() + " grip results"))));
        atlas.api.report.ReportSection broken = results -> {
            throw new IllegalStateException("a plugin's bug");
        };
        atlas.api.chart.OutcomeChart chart = new atlas.api.chart.OutcomeChart() {
            @Override
            public String title() {
                return "Clinic grip chart";
            }

            @Override
            public boolean appliesTo(atlas.api.measure.PatientResults results) {
                return !results.of("clinic.grip").isEmpty();
            }

            @Override
            public void draw(atlas.api.measure.PatientResults results, java.awt.Graphics2D graphics, int width,
                    int height) {
                graphics.drawLine(0, 0, width, height);
            }
        };
        atlas.measures.ClinicMeasures.add(grip);
        try {
            SixWeeksOfCare.Input episode = episode(List.of(20.0, 24.0, 28.0));
            ProgressReports.Input plain = episode.input(ProgressReports.Kind.PROGRESS_REPORT, null);
            ProgressReport.Content content = ProgressReports.assemble(new ProgressReports.Input(plain.kind(),
                    plain.record(), plain.episode(), null, plain.plan(), plain.goals(), plain.planned(), plain.given(),
                    plain.clinician(), plain.today(), List.of(broken, section), List.of(chart)));

            List<String> charts = content.sections().stream().flatMap(each -> each.charts().stream())
                    .map(each -> each.getTitle().getText()).toList();
            assertTrue(charts.contains("Grip strength (clinic)"), "the clinic measure's own chart: " + charts);
            assertEquals("Clinic grip chart", charts.get(charts.size() - 1), "the plugin's chart after Atlas's");
            String text = pdfText(content, 0);
            for (String expected : List.of("Grip strength (clinic)", "improved (MCID 6.5)", "Clinic grip page",
                    "Measured with the clinic's dynamometer.", "3 grip results")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        } finally {
            atlas.measures.ClinicMeasures.remove(grip);
        }
    }
}
