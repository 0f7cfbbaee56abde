package atlas.patients.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import atlas.core.patient.PatientService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.patients.ui.Messages;
import atlas.patients.ui.dialogs.EditPatientDialog;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.Permitted;
import atlas.ui.Problems;
import jakarta.inject.Named;

/**
 * Patient > Edit Patient Details (issue 18): for the patient chosen in the list or whose record is
 * active, by the front desk or the therapist (demographics, no clinical content); read afresh in
 * the background, edited, saved whole, and the list and the record shown again.
 */
public class EditPatientHandler {

    @CanExecute
    boolean mayEdit(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user,
            @org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return patientId != null && Permitted.may(user, Permission.DEMOGRAPHICS);
    }

    @Execute
    void edit(Shell shell, @Named(AtlasContext.PATIENT) Long patientId, @Service PatientService patients,
            @Service atlas.core.referrer.ReferrerService referrers, IEventBroker events) {
        InBackground.run(shell, Messages.edit_reading, () -> patients.find(patientId), found -> {
            if (found.isEmpty()) {
                MessageDialog.openInformation(shell, Messages.edit_reading, Messages.edit_gone);
                return;
            }
            if (new EditPatientDialog(shell, patients, referrers, found.get()).open() == Window.OK) {
                events.post(AtlasContext.TOPIC_PATIENTS_CHANGED, patientId);
                events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
            }
        }, e -> Problems.show(shell, Messages.edit_reading, e));
    }
}
