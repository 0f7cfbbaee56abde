package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinic.ClinicService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import jakarta.inject.Named;

/** Administration > Clinic Details: for whoever keeps the clinic's settings (the administrator). */
public class ClinicDetailsHandler {

    @CanExecute
    boolean mayConfigure(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.CONFIGURE_CLINIC);
    }

    @Execute
    void open(Shell shell, @Service ClinicService clinic) {
        try {
            new ClinicDetailsDialog(shell, clinic, clinic.details()).open();
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.clinic_title, e.describe());
        }
    }
}
