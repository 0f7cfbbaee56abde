package atlas.admin.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.ui.AtlasContext;

/** Administration > Users: for whoever may manage users (the administrator). */
public class UsersHandler {

    @CanExecute
    boolean mayManageUsers(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.MANAGE_USERS);
    }

    @Execute
    void open(Shell shell, @Named(AtlasContext.USER) UserAccount user, @Service UserService users) {
        new UsersDialog(shell, users, user).open();
    }
}
