package atlas.outcomes.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Problems;
import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.core.clinician.Clinician;
import atlas.core.episode.Visit;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.PlanOfCareService;
import atlas.core.store.StoreException;
import atlas.reports.ProgressReports;

/**
 * Outcomes > Progress Report / Discharge Summary / the letters to the referrer, from the patient's
 * record: of the visit chosen in
 * the timeline (results up to it), or of the active episode up to today; addressed and with the
 * therapist's narrative, read and edited first. Written in the background; where it went is said
 * when it is done.
 */
public abstract class PrintReportHandler {

    abstract ProgressReports.Kind kind();

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(atlas.ui.AtlasContext.PATIENT) Long patientId,
            @Optional @Named(atlas.ui.AtlasContext.USER) UserAccount user) {
        return patientId != null && Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void print(Shell shell, @Named(atlas.ui.AtlasContext.PATIENT) Long patientId,
            @Optional @Named(atlas.ui.AtlasContext.VISIT) Visit visit,
            @Optional @Named(atlas.ui.AtlasContext.CLINICIAN) Clinician clinician,
            @Service PatientRecordService records, @Service PlanOfCareService plans,
            @Service atlas.core.document.PatientDocumentService documents, @Service ClinicalNoteService notes,
            @Service atlas.core.clinic.ClinicService clinic, @Service atlas.core.referrer.ReferrerService referrers) {
        String signer = clinician == null ? "" : clinician.getDisplayName();
        // a letter is confirmed as the letter it is, not as a report
        String title = kind().isLetter() ? Messages.letter_title : Messages.report_title;
        String saved = kind().isLetter() ? Messages.letter_saved : Messages.report_saved;
        new ReportPrinter(records, plans, documents, notes, clinic, referrers).printAsked(shell, kind(), patientId, visit, signer,
                file -> MessageDialog.openInformation(shell, title, NLS.bind(saved, file)),
                e -> MessageDialog.openError(shell, title, e instanceof StoreException
                        ? Problems.of(e) : NLS.bind(Messages.report_failed, e.getMessage())), () -> {
                });
    }

    /** Outcomes > Progress Report. */
    public static class Progress extends PrintReportHandler {
        @Override
        ProgressReports.Kind kind() {
            return ProgressReports.Kind.PROGRESS_REPORT;
        }
    }

    /** Outcomes > Evaluation Letter to the Referrer: what the initial evaluation found. */
    public static class EvaluationLetter extends PrintReportHandler {
        @Override
        ProgressReports.Kind kind() {
            return ProgressReports.Kind.EVALUATION_LETTER;
        }
    }

    /** Outcomes > Discharge Letter to the Referrer: the course of care and where it ended. */
    public static class DischargeLetter extends PrintReportHandler {
        @Override
        ProgressReports.Kind kind() {
            return ProgressReports.Kind.DISCHARGE_LETTER;
        }
    }

    /** Outcomes > Discharge Summary. */
    public static class Discharge extends PrintReportHandler {
        @Override
        ProgressReports.Kind kind() {
            return ProgressReports.Kind.DISCHARGE_SUMMARY;
        }
    }
}
