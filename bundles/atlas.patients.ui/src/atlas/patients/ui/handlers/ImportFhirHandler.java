package atlas.patients.ui.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.core.form.FormResponseService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.patients.ui.Messages;
import atlas.patients.ui.dialogs.ImportFhirDialog;
import atlas.ui.AtlasContext;
import atlas.ui.Counted;
import atlas.ui.Permitted;

/**
 * Patient > Import from FHIR: another system's FHIR export registered at once, for whoever
 * registers patients (the care and clinical records in it need their own permissions, which the
 * register checks when saving).
 */
public class ImportFhirHandler {

    @CanExecute
    boolean mayRegister(@Optional @Named(AtlasContext.DATABASE_READY) Boolean ready,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return Boolean.TRUE.equals(ready) && Permitted.may(user, Permission.DEMOGRAPHICS);
    }

    @Execute
    void importFhir(Shell shell, @Service PatientService patients, @Service FormResponseService forms,
            IEventBroker events) {
        ImportFhirDialog dialog = new ImportFhirDialog(shell, patients, forms);
        if (dialog.open() != ImportFhirDialog.OK || dialog.registered().isEmpty()) {
            return;
        }
        List<Patient> registered = dialog.registered();
        events.post(AtlasContext.TOPIC_PATIENTS_CHANGED, registered.get(0).getId());
        MessageDialog.openInformation(shell, Messages.fhirImport_title, Counted.of(Messages.import_done, registered.size(),
                registered.get(0).getRecordNumber(), registered.get(registered.size() - 1).getRecordNumber()));
    }
}
