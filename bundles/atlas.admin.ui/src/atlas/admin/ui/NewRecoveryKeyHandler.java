package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.AtRest;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
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
        try {
            RecoveryKeyDialog.showNew(shell, database);
        } catch (AccessDeniedException refused) {
            MessageDialog.openError(shell, Messages.recoveryKey_failed, refused.getMessage());
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.recoveryKey_failed, e.describe() + "\n\n" + e.problem().advice());
        }
    }
}
