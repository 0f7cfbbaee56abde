package atlas.patients.ui.handlers;


import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;
import atlas.patients.ui.VisitBooking;
import atlas.ui.AtlasContext;
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
        new VisitBooking(episodes, clinicians, events).book(shell, patientId, patientName, signedIn,
                (booking, visit) -> MessageDialog.openInformation(shell, Messages.book_title,
                        NLS.bind(Messages.book_done, new Object[] { Labels.visitType(visit.getType()),
                                DateInput.forPlatform().format(visit.getStartsAt().toLocalDate()),
                                visit.getStartsAt().toLocalTime(), booking.therapistName(visit.getClinicianId()) })),
                e -> Problems.show(shell, Messages.book_title, e));
    }
}
