package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinic.ClinicService;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
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
        InBackground.run(shell, Messages.clinic_title, clinic::details,
                details -> new ClinicDetailsDialog(shell, clinic, details).open(),
                e -> Problems.show(shell, Messages.clinic_title, e));
    }
}
