package atlas.patients.ui;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.redflag.RedFlagGate;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;
import atlas.patients.ui.dialogs.AcknowledgeRedFlagDialog;
import atlas.patients.ui.dialogs.BenefitSummaryDialog;
import atlas.patients.ui.dialogs.IntakeScreeningDialog;
import atlas.patients.ui.dialogs.ScreeningHistoryDialog;

/**
 * A record's red-flag screening and who-will-benefit summary: screening, acknowledging, the
 * history, and the question after a new visit; {@code changed} reloads the record after a save.
 */
final class RecordScreening {

    private final Shell shell;
    private final RedFlagService redFlags;
    private final long patientId;
    private final LongSupplier clinicianId;
    private final Supplier<RecordSnapshot> snapshot;
    private final Runnable changed;

    RecordScreening(Shell shell, RedFlagService redFlags, long patientId, LongSupplier clinicianId,
            Supplier<RecordSnapshot> snapshot, Runnable changed) {
        this.shell = shell;
        this.redFlags = redFlags;
        this.patientId = patientId;
        this.clinicianId = clinicianId;
        this.snapshot = snapshot;
        this.changed = changed;
    }

    /**
     * A re-evaluation asks for a new red-flag screening (the patient's state may have changed), as
     * does any visit of an episode not screened yet; the therapist may decline.
     */
    void propose(EpisodeOfCare episode, Visit added) {
        boolean reEvaluation = added.getType() == atlas.core.episode.VisitType.RE_EVALUATION;
        if (!reEvaluation && RedFlagGate.of(episode, snapshot.get().screenings()).screened()) {
            return;
        }
        MessageDialog question = new MessageDialog(shell, Messages.record_screenAgain_title, null,
                reEvaluation ? Messages.record_screenAgain : Messages.record_screenFirst, MessageDialog.QUESTION, 0,
                Messages.record_screenNow, Messages.record_screenLater);
        if (question.open() == 0) {
            screen();
        }
    }

    void showBenefitSummary() {
        RecordSnapshot shown = snapshot.get();
        if (shown != null && shown.benefit() != null) {
            new BenefitSummaryDialog(shell, shown.benefit(), shown.neckExamination()).open();
        } else if (shown != null) {
            MessageDialog.openInformation(shell, Messages.benefit_title, Messages.benefit_noEpisode);
        }
    }

    void showHistory() {
        RecordSnapshot shown = snapshot.get();
        if (shown != null) {
            new ScreeningHistoryDialog(shell, shown.screenings(), shown::clinicianName).open();
        }
    }

    void screen() {
        if (new IntakeScreeningDialog(shell, redFlags, patientId, clinicianId.getAsLong()).open() == IntakeScreeningDialog.OK) {
            changed.run();
        }
    }

    void acknowledge(List<RedFlagScreening> open) {
        if (new AcknowledgeRedFlagDialog(shell, redFlags, open, clinicianId.getAsLong())
                .open() == AcknowledgeRedFlagDialog.OK) {
            changed.run();
        }
    }
}
