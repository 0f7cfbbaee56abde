package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.ClinicalDatabase;
import atlas.ui.AtlasContext;
import atlas.ui.RecoveryKeyDialog;
import jakarta.inject.Named;

/**
 * Administration > Change Database Key: the records get a new key and are encrypted again with it,
 * e.g. after staff leave, so that key files and backups taken before open only their own copies.
 * Then the new recovery key is shown once.
 */
public class ChangeDatabaseKeyHandler {

    @CanExecute
    boolean mayChangeKey(@Optional @Named(AtlasContext.USER) UserAccount user, @Service ClinicalDatabase database) {
        return EmbeddedOnly.offered(user, Permission.MANAGE_USERS, database);
    }

    @Execute
    void changeKey(Shell shell, @Named(AtlasContext.USER) UserAccount user, @Service UserService users,
            @Service ClinicalDatabase database) {
        if (new ChangeDatabaseKeyDialog(shell, users, user).open() == Window.OK) {
            RecoveryKeyDialog.showMade(shell, database);
        }
    }
}
