package atlas.patients.ui;

import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.patients.ui.dialogs.DischargeEpisodeDialog;
import atlas.patients.ui.dialogs.ReopenEpisodeDialog;

/**
 * The end of a record's episode of care (issue 18): Patient > Discharge Episode for the active
 * episode, then its discharge summary (Outcomes > Discharge Summary in the record's context, where
 * that area is installed), so the summary is produced at discharge and kept in the record; Patient >
 * Reopen Episode for the newest episode when it is closed. The episode service checks the notes, the statement and the closure; {@code changed}
 * reloads the record after either.
 */
final class RecordDischarge {

    private final Shell shell;
    private final EpisodeService episodes;
    private final Supplier<RecordSnapshot> snapshot;
    private final Runnable changed;
    /** The record part's context: the summary's command runs for its patient and chosen visit. */
    private final IEclipseContext record;

    static final String DISCHARGE_SUMMARY = "atlas.outcomes.command.dischargeSummary";

    RecordDischarge(Shell shell, EpisodeService episodes, Supplier<RecordSnapshot> snapshot, Runnable changed,
            IEclipseContext record) {
        this.shell = shell;
        this.episodes = episodes;
        this.snapshot = snapshot;
        this.changed = changed;
        this.record = record;
    }

    /** Asks for the discharge of the active episode; once it is stored, the discharge summary is written. */
    void discharge() {
        RecordSnapshot shown = snapshot.get();
        EpisodeOfCare episode = shown == null ? null : shown.activeEpisode();
        if (episode == null) {
            MessageDialog.openInformation(shell, Messages.discharge_title, Messages.discharge_noEpisode);
            return;
        }
        boolean signedDischargeNote = false;
        for (Visit visit : shown.visitsOf(episode)) {
            ClinicalNote note = shown.noteByVisit().get(visit.getId());
            signedDischargeNote |= visit.getType() == VisitType.DISCHARGE && note != null && note.isSigned();
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        int bookedAhead = (int) shown.visitsOf(episode).stream().filter(visit -> visit.calledOffByDischargeAt(now))
                .count(); // what the episode service will call off, said before it does
        DischargeEpisodeDialog dialog = new DischargeEpisodeDialog(shell, episodes, episode, signedDischargeNote,
                bookedAhead);
        if (dialog.open() == Window.OK) {
            changed.run();
            ParameterizedCommand summary = record.get(ECommandService.class).createCommand(DISCHARGE_SUMMARY, null);
            EHandlerService handlers = record.get(EHandlerService.class);
            if (summary != null && handlers.canExecute(summary)) {
                handlers.executeHandler(summary);
            }
        }
    }

    /** Asks why the newest episode is opened again, when it is closed and none is active. */
    void reopen() {
        RecordSnapshot shown = snapshot.get();
        EpisodeOfCare newest = shown == null || shown.episodes().isEmpty() ? null : shown.episodes().get(0);
        if (newest == null || !newest.isClosed() || shown.activeEpisode() != null) {
            MessageDialog.openInformation(shell, Messages.reopen_title, Messages.reopen_nothingClosed);
            return;
        }
        ReopenEpisodeDialog dialog = new ReopenEpisodeDialog(shell, episodes, newest,
                NLS.bind(Messages.reopen_description, Labels.episodeStatus(newest.getStatus()),
                        Labels.date(newest.getEndDate())));
        if (dialog.open() == Window.OK) {
            changed.run();
        }
    }
}
