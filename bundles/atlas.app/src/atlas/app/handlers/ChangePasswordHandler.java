package atlas.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.app.Messages;
import atlas.app.signin.ChangePasswordDialog;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.ui.AtlasContext;
import jakarta.inject.Named;

/** File > Change Password: for whoever is signed in, their own password. */
public class ChangePasswordHandler {

    @CanExecute
    boolean signedIn(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null;
    }

    @Execute
    void change(Shell shell, @Named(AtlasContext.USER) UserAccount user, @Service UserService users) {
        if (new ChangePasswordDialog(shell, users, user).open() == ChangePasswordDialog.OK) {
            MessageDialog.openInformation(shell, Messages.changePassword_title, Messages.changePassword_done);
        }
    }
}
