package atlas.admin.ui;

import java.time.Instant;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.ui.AtlasContext;
import atlas.ui.PasswordDialog;

/**
 * Administration > Change Database Key: what changing the key means for the other users, and the
 * administrator's password again; the store renews the key on "Change Key" (a wrong password is
 * said here and counted like a wrong sign-in).
 */
final class ChangeDatabaseKeyDialog extends PasswordDialog {

    private final UserService users;
    private final UserAccount administrator;

    ChangeDatabaseKeyDialog(Shell parent, UserService users, UserAccount administrator) {
        super(parent, "dialog.changeDatabaseKey", Messages.changeKey_title);
        this.users = users;
        this.administrator = administrator;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, Messages.changeKey_intro, 460);
        Text password = passwordField(area, Messages.changeKey_password, "changeKey.password");
        messageLine(area, "changeKey.message", 460);
        password.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.changeKey_change, true)
                .setData(AtlasContext.WIDGET_ID, "changeKey.change");
        cancelButton(parent);
    }

    @Override
    protected PasswordCheck check() {
        return typed -> users.changeDatabaseKey(administrator, typed, Instant.now());
    }
}
