package atlas.admin.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.core.patient.PatientDataService;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.Problems;

/**
 * Administration > Pseudonymise Patient: on the patient's request, where the law lets the records
 * be kept but not the identity. Asks for the reason (it goes into the audit trail) and says what
 * changes and what does not; cannot be undone.
 */
public class PseudonymiseHandler {

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return patientId != null && Permitted.may(user, Permission.PATIENT_RIGHTS);
    }

    @Execute
    void pseudonymise(Shell shell, @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.PATIENT_NAME) String name, @Service PatientDataService data,
            IEventBroker events) {
        InputDialog reason = new InputDialog(shell, Messages.pseudonymise_title,
                NLS.bind(Messages.pseudonymise_question, name == null ? patientId : name), "",
                typed -> typed == null || typed.isBlank() ? Messages.pseudonymise_reasonNeeded : null);
        if (reason.open() != Window.OK) {
            return;
        }
        String why = reason.getValue();
        InBackground.run(shell, Messages.pseudonymise_title, () -> data.pseudonymise(patientId, why), done -> {
            events.post(AtlasContext.TOPIC_PATIENTS_CHANGED, patientId);
            events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
            MessageDialog.openInformation(shell, Messages.pseudonymise_title,
                    NLS.bind(Messages.pseudonymise_done, done.getRecordNumber()));
        }, e -> Problems.show(shell, Messages.pseudonymise_title, e));
    }
}
