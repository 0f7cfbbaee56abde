package atlas.patients.ui.dialogs;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.episode.Discharge;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.validation.Wording;
import atlas.patients.ui.Messages;
import atlas.ui.ValidatedDialog;

/** Patient > Reopen Episode: a closed episode opened again, for a reason the audit trail keeps (issue 18). */
public final class ReopenEpisodeDialog extends ValidatedDialog {

    private final EpisodeService episodes;
    private final EpisodeOfCare episode;
    private Text reason;

    public ReopenEpisodeDialog(Shell parent, EpisodeService episodes, EpisodeOfCare episode, String description) {
        super(parent, "dialog.reopen", Messages.reopen_title, description, Messages.reopen_save);
        this.episodes = episodes;
        this.episode = episode;
    }

    @Override
    protected void createFields(Composite grid) {
        reason = multiLineField(grid, "reason", Messages.reopen_reason, "reopen.reason", Discharge.STATEMENT_MAX, 80);
    }

    @Override
    protected List<FieldError> check() {
        return reason.getText().isBlank() ? List.of(new FieldError("reason", Messages.reopen_reason,
                Wording.of("episode.reopenReason"))) : List.of();
    }

    @Override
    protected Saving save() {
        String why = reason.getText().strip();
        long episodeId = episode.getId();
        return () -> episodes.reopen(episodeId, why);
    }
}
