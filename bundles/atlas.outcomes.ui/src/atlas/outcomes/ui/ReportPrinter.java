package atlas.outcomes.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.StoreException;
import atlas.reports.ProgressReport;
import atlas.reports.ProgressReports;
import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocumentService;
import atlas.api.chart.OutcomeChart;
import atlas.api.report.ReportSection;
import atlas.ui.Contributions;
import atlas.ui.HandOut;

/**
 * Gathers an episode's record and prints its progress report or discharge summary as a PDF, named
 * by patient, kind and date: kept in the patient's record (the encrypted database) and shown from a
 * plain copy that lives only until Atlas closes or the user signs out ({@link HandOut}).
 */
final class ReportPrinter {

    private final PatientRecordService records;
    private final PlanOfCareService plans;
    private final PatientDocumentService documents;

    ReportPrinter(PatientRecordService records, PlanOfCareService plans, PatientDocumentService documents) {
        this.records = records;
        this.plans = plans;
        this.documents = documents;
    }

    /**
     * Writes the report of the patient's active (else latest) episode, or of the episode of
     * {@code asOf}, counting results up to that visit; returns the file.
     *
     * @throws IllegalStateException when the patient has no episode to report on
     */
    Path print(ProgressReports.Kind kind, long patientId, Visit asOf, String clinician, LocalDate today)
            throws StoreException, IOException {
        PatientRecord record = records.open(patientId).orElseThrow(() -> new IllegalStateException(
                Messages.report_noPatient));
        Optional<EpisodeOfCare> episode = asOf != null
                ? record.episodes().stream().filter(each -> each.getId() == asOf.getEpisodeId()).findFirst()
                : record.currentEpisode();
        if (episode.isEmpty()) {
            throw new IllegalStateException(Messages.report_noEpisode);
        }
        long episodeId = episode.get().getId();
        PlanOfCare plan = record.signedPlanOf(episodeId).orElse(null);
        List<Goal> goals = plan == null ? List.of() : plans.goalsOf(plan.getId());
        List<PlannedIntervention> planned = plan == null ? List.of() : plans.interventionsOf(plan.getId());
        List<InterventionGiven> given = new ArrayList<>();
        for (Visit visit : record.visits()) {
            if (visit.getEpisodeId() == episodeId && (asOf == null || !visit.getStartsAt().isAfter(asOf.getStartsAt()))) {
                given.addAll(plans.givenAt(visit.getId()));
            }
        }
        ProgressReport.Content content = ProgressReports.assemble(new ProgressReports.Input(kind, record, episode.get(),
                asOf, plan, goals, planned, given, clinician, today, Contributions.of(ReportSection.class),
                Contributions.of(OutcomeChart.class)));
        boolean progress = kind == ProgressReports.Kind.PROGRESS_REPORT;
        String name = (progress ? "progress-report-" : "discharge-summary-") + patientId + "-"
                + (asOf == null ? today : asOf.getStartsAt().toLocalDate()) + ".pdf";
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        ProgressReport.write(content, pdf);
        documents.keep(patientId, progress ? DocumentKind.PROGRESS_REPORT : DocumentKind.DISCHARGE_SUMMARY, name,
                pdf.toByteArray());
        return HandOut.show(name, pdf.toByteArray());
    }
}
