package atlas.patients.ui.handlers;

import java.util.Map;

import jakarta.inject.Named;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Permitted;
import atlas.core.patient.PatientService;
import atlas.patients.ui.dialogs.RegisterPatientDialog;
import atlas.ui.AtlasContext;

/** Patient > Register Patient (Ctrl+N): the registration form, then the new patient's record. */
public class RegisterPatientHandler {

    @CanExecute
    boolean databaseIsOpen(@Optional @Named(AtlasContext.DATABASE_READY) Boolean ready,
            @Optional @Named(AtlasContext.USER) atlas.core.security.UserAccount user) {
        return Boolean.TRUE.equals(ready) && Permitted.may(user, atlas.core.security.Permission.DEMOGRAPHICS);
    }

    @Execute
    void register(Shell shell, @Service PatientService patients, @Service atlas.core.referrer.ReferrerService referrers,
            IEventBroker events, ECommandService commands,
            EHandlerService handlers,
            @Optional @Named(AtlasContext.USER) atlas.core.security.UserAccount user) {
        RegisterPatientDialog dialog = new RegisterPatientDialog(shell, patients, referrers);
        if (dialog.open() != RegisterPatientDialog.OK) {
            return;
        }
        events.post(AtlasContext.TOPIC_PATIENTS_CHANGED, dialog.registered().getId());
        if (user == null || !user.may(atlas.core.security.Permission.CLINICAL_READ)) {
            return; // the front desk registers and books visits, but opens no clinical record
        }
        ParameterizedCommand open = commands.createCommand(OpenPatientRecord.COMMAND,
                Map.of(OpenPatientRecord.PATIENT_PARAMETER, Long.toString(dialog.registered().getId())));
        handlers.executeHandler(open);
    }
}
