package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.AtRest;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.ui.AtlasContext;
import atlas.ui.RecoveryKeyDialog;
import jakarta.inject.Named;

/**
 * Administration > New Recovery Key: when the written-down recovery key is lost or may have been
 * seen. The previous one stops working at once. Only for an encrypted embedded database.
 */
public class NewRecoveryKeyHandler {

    @CanExecute
    boolean mayManageKeys(@Optional @Named(AtlasContext.USER) UserAccount user, @Service ClinicalDatabase database) {
        try {
            return user != null && user.may(Permission.MANAGE_USERS) && database.atRest() != AtRest.SERVER;
        } catch (StoreException unreadable) {
            return false;
        }
    }

    @Execute
    void newKey(Shell shell, @Service ClinicalDatabase database) {
        // made and kept (the key file, the audit trail) in the background, then shown once
        InBackground.run(shell, Messages.recoveryKey_failed, database::newRecoveryKey,
                key -> RecoveryKeyDialog.show(shell, key, database), e -> Problems.show(shell, Messages.recoveryKey_failed, e));
    }
}
