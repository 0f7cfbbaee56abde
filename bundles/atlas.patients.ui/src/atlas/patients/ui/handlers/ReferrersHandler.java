package atlas.patients.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.referrer.ReferrerService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.patients.ui.dialogs.ReferrersDialog;
import atlas.ui.AtlasContext;
import atlas.ui.Permitted;
import jakarta.inject.Named;

/** Patient > Referring Clinicians: the clinic's directory, for the front desk and the therapist. */
public class ReferrersHandler {

    @CanExecute
    boolean mayKeep(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user) {
        return Permitted.may(user, Permission.DEMOGRAPHICS);
    }

    @Execute
    void open(Shell shell, @Service ReferrerService referrers) {
        new ReferrersDialog(shell, referrers).open();
    }
}
