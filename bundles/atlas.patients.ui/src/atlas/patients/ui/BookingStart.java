package atlas.patients.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.ReferralStanding;
import atlas.core.store.StoreException;
import atlas.patients.ui.dialogs.AddVisitDialog;

/**
 * What booking a visit starts from, read in the background before its dialog opens: the patient's
 * active episode (if any), its visits so far, how its referral stands, the therapists. Book Visit
 * and the week calendar book the same way.
 */
public record BookingStart(Optional<EpisodeOfCare> active, int visitsSoFar, ReferralStanding referral,
        List<Clinician> therapists) {

    public static BookingStart read(long patientId, EpisodeService episodes, ClinicianService clinicians)
            throws StoreException {
        Optional<EpisodeOfCare> active = episodes.episodesOf(patientId).stream().filter(EpisodeOfCare::isActive)
                .findFirst();
        if (active.isEmpty()) {
            return new BookingStart(active, 0, null, clinicians.list());
        }
        return new BookingStart(active, episodes.visitsOf(active.get().getId()).size(),
                episodes.referralStanding(active.get().getId()), clinicians.list());
    }

    /**
     * The booking dialog for the active episode: a therapist books for themself ({@code signedIn}),
     * the front desk chooses the therapist; warned when beyond the referral.
     */
    public AddVisitDialog dialog(Shell shell, EpisodeService episodes, Clinician signedIn, String patientName) {
        AddVisitDialog dialog = signedIn != null
                ? new AddVisitDialog(shell, episodes, active.get(), visitsSoFar, signedIn.getId())
                : new AddVisitDialog(shell, episodes, active.get(), visitsSoFar, therapists,
                        patientName == null ? "" : patientName);
        return dialog.warningBeyond(referral);
    }

    /** The name of the therapist {@code clinicianId}, or nothing. */
    public String therapistName(Long clinicianId) {
        return therapists.stream().filter(c -> c.getId().equals(clinicianId)).map(Clinician::getDisplayName)
                .findFirst().orElse("");
    }
}
