package atlas.patients.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ReferralStanding;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.StoreException;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;
import atlas.patients.ui.dialogs.AddVisitDialog;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.ui.DateInput;
import jakarta.inject.Named;

/**
 * Patient > Book Visit: a visit for the patient chosen in the patient list (or whose record is
 * active), in the patient's active episode. The front desk books this way - it sees no record -
 * and chooses the therapist; a therapist books for themself.
 */
public class BookVisitHandler {

    @CanExecute
    boolean canBook(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return user != null && user.may(Permission.VISITS) && patientId != null;
    }

    @Execute
    void book(Shell shell, @Named(AtlasContext.PATIENT) Long patientId,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.PATIENT_NAME) String patientName,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.CLINICIAN) Clinician signedIn,
            @Service EpisodeService episodes, @Service ClinicianService clinicians, IEventBroker events) {
        // the episode, its visits so far and the therapists are read in the background, then the dialog opens
        InBackground.run(shell, Messages.book_title, () -> Booking.read(patientId, episodes, clinicians), booking -> {
            if (booking.active().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.book_title, Messages.book_noEpisode);
                return;
            }
            EpisodeOfCare active = booking.active().get();
            AddVisitDialog dialog = signedIn != null
                    ? new AddVisitDialog(shell, episodes, active, booking.visitsSoFar(), signedIn.getId())
                    : new AddVisitDialog(shell, episodes, active, booking.visitsSoFar(), booking.therapists(),
                            patientName == null ? "" : patientName);
            if (dialog.warningBeyond(booking.referral()).open() != AddVisitDialog.OK) {
                return;
            }
            events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
            String with = booking.therapists().stream().filter(c -> c.getId().equals(dialog.added().getClinicianId()))
                    .map(Clinician::getDisplayName).findFirst().orElse("");
            MessageDialog.openInformation(shell, Messages.book_title, NLS.bind(Messages.book_done,
                    new Object[] { Labels.visitType(dialog.added().getType()),
                            DateInput.forPlatform().format(dialog.added().getStartsAt().toLocalDate()),
                            dialog.added().getStartsAt().toLocalTime(), with }));
        }, e -> Problems.show(shell, Messages.book_title, e));
    }

    /**
     * What booking starts from: the patient's active episode (if any), its visits so far, how its
     * referral stands, the therapists.
     */
    private record Booking(Optional<EpisodeOfCare> active, int visitsSoFar, ReferralStanding referral,
            List<Clinician> therapists) {

        static Booking read(long patientId, EpisodeService episodes, ClinicianService clinicians)
                throws StoreException {
            Optional<EpisodeOfCare> active = episodes.episodesOf(patientId).stream().filter(EpisodeOfCare::isActive)
                    .findFirst();
            if (active.isEmpty()) {
                return new Booking(active, 0, null, clinicians.list());
            }
            return new Booking(active, episodes.visitsOf(active.get().getId()).size(),
                    episodes.referralStanding(active.get().getId()), clinicians.list());
        }
    }
}
