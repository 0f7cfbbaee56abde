package atlas.patients.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ReferralStanding;
import atlas.core.episode.SeriesPlan;
import atlas.core.episode.Visit;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.StoreException;
import atlas.patients.ui.Messages;
import atlas.patients.ui.dialogs.BookSeriesDialog;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.InBackground;
import atlas.ui.Permitted;
import atlas.ui.Problems;
import jakarta.inject.Named;

/**
 * Patient > Book Series from Plan (issue 18): the visits of the signed plan of care of the patient
 * chosen in the list (or whose record is active), booked in one step - by the front desk, who
 * reads only the plan's frequency, or by a therapist for themself.
 */
public class BookSeriesHandler {

    @CanExecute
    boolean canBook(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return patientId != null && Permitted.may(user, Permission.VISITS);
    }

    @Execute
    void book(Shell shell, @Named(AtlasContext.PATIENT) Long patientId,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.PATIENT_NAME) String patientName,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.CLINICIAN) Clinician signedIn,
            @Service EpisodeService episodes, @Service ClinicianService clinicians, IEventBroker events) {
        InBackground.run(shell, Messages.series_title, () -> Series.read(patientId, episodes, clinicians), series -> {
            if (series.active().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.series_title, Messages.book_noEpisode);
                return;
            }
            if (series.plan().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.series_title, Messages.series_noPlan);
                return;
            }
            BookSeriesDialog dialog = new BookSeriesDialog(shell, episodes, series.active().get(),
                    series.plan().get(), series.referral(), series.therapists(),
                    signedIn == null ? null : signedIn.getId(), patientName == null ? "" : patientName);
            if (dialog.open() != Window.OK || dialog.booked().isEmpty()) {
                return;
            }
            events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
            List<Visit> booked = dialog.booked();
            DateInput dates = DateInput.forPlatform();
            String with = series.therapists().stream()
                    .filter(c -> c.getId().equals(booked.get(0).getClinicianId())).map(Clinician::getDisplayName)
                    .findFirst().orElse("");
            MessageDialog.openInformation(shell, Messages.series_title, NLS.bind(Messages.series_done,
                    new Object[] { booked.size(), dates.format(booked.get(0).getStartsAt().toLocalDate()),
                            dates.format(booked.get(booked.size() - 1).getStartsAt().toLocalDate()), with }));
        }, e -> Problems.show(shell, Messages.series_title, e));
    }

    /** What a series starts from: the active episode, its signed plan's frequency, its referral, the therapists. */
    private record Series(Optional<EpisodeOfCare> active, Optional<SeriesPlan> plan, ReferralStanding referral,
            List<Clinician> therapists) {

        static Series read(long patientId, EpisodeService episodes, ClinicianService clinicians)
                throws StoreException {
            Optional<EpisodeOfCare> active = episodes.episodesOf(patientId).stream().filter(EpisodeOfCare::isActive)
                    .findFirst();
            if (active.isEmpty()) {
                return new Series(active, Optional.empty(), null, List.of());
            }
            long id = active.get().getId();
            return new Series(active, episodes.seriesPlan(id), episodes.referralStanding(id), clinicians.list());
        }
    }
}
