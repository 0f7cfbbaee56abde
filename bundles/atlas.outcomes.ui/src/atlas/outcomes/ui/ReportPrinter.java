package atlas.outcomes.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.referrer.ReferrerService;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.StoreException;
import atlas.core.clinic.ClinicService;
import atlas.reports.Letterhead;
import atlas.reports.ProgressReport;
import atlas.reports.ProgressReports;
import atlas.reports.ReportLetter;
import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocumentService;
import atlas.api.chart.OutcomeChart;
import atlas.api.report.ReportSection;
import atlas.ui.Contributions;
import atlas.ui.HandOut;
import atlas.ui.InBackground;

/**
 * Gathers an episode's record and prints its progress report, discharge summary or letter to the
 * referrer - addressed and with the therapist's narrative, read and edited first - as a PDF, named
 * by patient, kind and date: kept in the patient's record (the encrypted database) and shown from a
 * plain copy that lives only until Atlas closes or the user signs out ({@link HandOut}).
 */
final class ReportPrinter {

    private final PatientRecordService records;
    private final PlanOfCareService plans;
    private final PatientDocumentService documents;
    private final ClinicalNoteService notes;
    private final ClinicService clinic;
    private final ReferrerService referrers;

    /**
     * What a report is printed from, read in the background, with the letter proposed for it and the
     * clinic's letterhead.
     */
    record Prepared(ProgressReports.Input input, ReportLetter proposed, Letterhead letterhead) {
    }

    ReportPrinter(PatientRecordService records, PlanOfCareService plans, PatientDocumentService documents,
            ClinicalNoteService notes, ClinicService clinic, ReferrerService referrers) {
        this.records = records;
        this.plans = plans;
        this.documents = documents;
        this.notes = notes;
        this.clinic = clinic;
        this.referrers = referrers;
    }

    /**
     * Reads what the report needs in the background, asks the user to read and edit the letter
     * (addressee, narrative), then prints in the background: {@code printed} gets the file; a
     * Cancel prints nothing and runs {@code cancelled}.
     */
    void printAsked(Control owner, ProgressReports.Kind kind, long patientId, Visit asOf, String clinician,
            Consumer<Path> printed, Consumer<Exception> failed, Runnable cancelled) {
        InBackground.run(owner, Messages.outcomes_printJob,
                () -> prepare(kind, patientId, asOf, clinician, LocalDate.now()), prepared -> {
                    ReportLetterDialog letter = new ReportLetterDialog(owner.getShell(), kind, prepared.proposed());
                    if (letter.open() == Window.OK) {
                        InBackground.run(owner, Messages.outcomes_printJob, () -> print(prepared, letter.chosen()),
                                printed, failed);
                    } else {
                        cancelled.run();
                    }
                }, failed);
    }

    /**
     * What the report of the patient's active (else latest) episode, or of the episode of
     * {@code asOf} counting results up to that visit, is made from.
     *
     * @throws IllegalStateException when the patient has no episode to report on
     */
    Prepared prepare(ProgressReports.Kind kind, long patientId, Visit asOf, String clinician, LocalDate today)
            throws StoreException {
        PatientRecord record = records.open(patientId).orElseThrow(() -> new IllegalStateException(
                Messages.report_noPatient));
        Optional<EpisodeOfCare> episode = asOf != null
                ? record.episodes().stream().filter(each -> each.getId() == asOf.getEpisodeId()).findFirst()
                : record.currentEpisode();
        if (episode.isEmpty()) {
            throw new IllegalStateException(Messages.report_noEpisode);
        }
        long episodeId = episode.get().getId();
        // a letter reports on the evaluation, or on the whole episode, whichever visit is chosen
        Visit upTo = !kind.isLetter() ? asOf : kind == ProgressReports.Kind.DISCHARGE_LETTER ? null
                : record.visits().stream().filter(visit -> visit.getEpisodeId() == episodeId
                        && visit.getType() == VisitType.INITIAL_EVALUATION).min(Comparator.comparing(Visit::getStartsAt))
                        .orElse(null);
        PlanOfCare plan = record.signedPlanOf(episodeId).orElse(null);
        List<Goal> goals = plan == null ? List.of() : plans.goalsOf(plan.getId());
        List<PlannedIntervention> planned = plan == null ? List.of() : plans.interventionsOf(plan.getId());
        List<InterventionGiven> given = new ArrayList<>();
        for (Visit visit : record.visits()) {
            if (visit.getEpisodeId() == episodeId && (upTo == null || !visit.getStartsAt().isAfter(upTo.getStartsAt()))) {
                given.addAll(plans.givenAt(visit.getId()));
            }
        }
        return new Prepared(new ProgressReports.Input(kind, record, episode.get(), upTo, plan, goals, planned, given,
                clinician, today, Contributions.of(ReportSection.class), Contributions.of(OutcomeChart.class)),
                ReportLetter.proposed(kind, record, episode.get(), upTo, notes.notesOf(patientId),
                        kind.isLetter() ? referrers.list() : List.of()),
                Letterhead.of(clinic.details()));
    }

    /** Writes the report with {@code letter} as a PDF, keeps it in the record and shows it; returns the file. */
    Path print(Prepared prepared, ReportLetter letter) throws StoreException, IOException {
        ProgressReports.Input input = prepared.input();
        ProgressReport.Content content = ProgressReports.assemble(input, letter).under(prepared.letterhead());
        DocumentKind kept = switch (input.kind()) {
        case PROGRESS_REPORT -> DocumentKind.PROGRESS_REPORT;
        case DISCHARGE_SUMMARY -> DocumentKind.DISCHARGE_SUMMARY;
        case EVALUATION_LETTER -> DocumentKind.EVALUATION_LETTER;
        case DISCHARGE_LETTER -> DocumentKind.DISCHARGE_LETTER;
        };
        long patientId = input.record().patient().getId();
        // a letter is named by the day it is written, a report by the day it reports to
        String name = kept.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + patientId + "-"
                + (input.asOf() == null || input.kind().isLetter() ? input.today()
                        : input.asOf().getStartsAt().toLocalDate()) + ".pdf";
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        ProgressReport.write(content, pdf);
        documents.keep(patientId, kept, name, pdf.toByteArray());
        return HandOut.show(name, pdf.toByteArray());
    }
}
