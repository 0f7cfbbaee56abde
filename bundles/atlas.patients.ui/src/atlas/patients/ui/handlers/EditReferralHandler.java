package atlas.patients.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.referrer.ReferrerService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.patients.ui.Messages;
import atlas.patients.ui.dialogs.EditReferralDialog;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.Permitted;
import atlas.ui.Problems;
import jakarta.inject.Named;

/**
 * Patient > Edit Referral (issue 18): the referral of the open episode of the patient chosen in
 * the list or whose record is active - kept by the front desk, who receives the prescriptions, and
 * by the therapist. Read afresh in the background, edited, saved whole.
 */
public class EditReferralHandler {

    @CanExecute
    boolean mayEdit(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return patientId != null && Permitted.may(user, Permission.VISITS);
    }

    @Execute
    void edit(Shell shell, @Named(AtlasContext.PATIENT) Long patientId, @Service EpisodeService episodes,
            @Service ReferrerService referrers, IEventBroker events) {
        InBackground.run(shell, Messages.referral_reading, () -> episodes.episodesOf(patientId).stream()
                .filter(episode -> !episode.isClosed()).findFirst(), open -> {
                    if (open.isEmpty()) {
                        MessageDialog.openInformation(shell, Messages.referral_reading, Messages.book_noEpisode);
                        return;
                    }
                    EpisodeOfCare episode = open.get();
                    if (new EditReferralDialog(shell, episodes, referrers, episode).open() == Window.OK) {
                        events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
                    }
                }, e -> Problems.show(shell, Messages.referral_reading, e));
    }
}
