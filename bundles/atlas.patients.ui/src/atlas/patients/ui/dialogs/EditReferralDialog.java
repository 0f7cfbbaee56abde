package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import atlas.api.validation.FieldError;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.referrer.ReferrerService;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;

/**
 * Patient > Edit Referral (issue 18): the referral of the open episode as a new prescription
 * changes it - more sessions, a later last day, another referrer's diagnosis. Saved through the
 * episode service, which checks it as at the start and keeps the change in the audit trail.
 */
public final class EditReferralDialog extends ReferralDialog {

    private final EpisodeService episodes;
    private final EpisodeOfCare episode;

    /** {@code episode} is read afresh for this dialog; it is changed as typed and saved whole. */
    public EditReferralDialog(Shell parent, EpisodeService episodes, ReferrerService referrers,
            EpisodeOfCare episode) {
        super(parent, referrers, "dialog.editReferral", NLS.bind(Messages.referral_title, Labels.date(episode.getStartDate())),
                Messages.referral_description, Messages.referral_save);
        this.episodes = episodes;
        this.episode = episode;
    }

    @Override
    protected void createFields(Composite grid) {
        createReferralFields(grid, episode);
    }

    private List<FieldError> typed() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate referral = referralDate(errors);
        episode.setReferralDate(referral);
        applyReferral(episode, errors);
        return errors;
    }

    @Override
    protected List<FieldError> check() {
        return withEpisodeRules(episode, typed());
    }

    @Override
    protected Saving save() {
        typed();
        return () -> episodes.update(episode);
    }
}
