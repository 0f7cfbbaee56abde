package atlas.app.signin;

import java.time.Instant;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.app.Messages;
import atlas.core.security.SignInRefused;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.validation.ValidationException;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.NewPasswordFields;

/**
 * File > Change Password: the signed-in user's current password, then the new one twice. A wrong
 * current password counts like a wrong sign-in; the dialog stays with the reason in red.
 */
public class ChangePasswordDialog extends AtlasDialog {

    private final UserService users;
    private final UserAccount user;
    private Text current;
    private NewPasswordFields replacement;
    private Label message;

    public ChangePasswordDialog(Shell parent, UserService users, UserAccount user) {
        super(parent, "dialog.changePassword", Messages.changePassword_title);
        this.users = users;
        this.user = user;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, Messages.changePassword_intro, 380);
        new Label(area, SWT.NONE).setText(Messages.changePassword_current);
        current = new Text(area, SWT.BORDER | SWT.PASSWORD);
        current.setData(AtlasContext.WIDGET_ID, "changePassword.current");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(current);
        replacement = new NewPasswordFields(area, Messages.changePassword_new, Messages.firstAdmin_repeat,
                "changePassword");
        message = refusalLine(area, "changePassword.message", 380);
        current.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.changePassword_ok, true)
                .setData(AtlasContext.WIDGET_ID, "changePassword.ok");
        cancelButton(parent);
    }

    @Override
    protected void okPressed() {
        char[] typed = replacement.typed();
        if (typed == null) {
            say(Messages.firstAdmin_mismatch);
            return;
        }
        char[] old = current.getTextChars();
        // checked and changed in the background; the typed characters are wiped after it either way
        inBackground(() -> {
            try {
                users.changeOwnPassword(user, old, typed, Instant.now());
                return Boolean.TRUE;
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(typed, '\0');
            }
        }, changed -> super.okPressed(), this::refused);
    }

    private void refused(Exception e) {
        if (e instanceof SignInRefused refused) {
            current.setText("");
            current.setFocus();
            // the name is not in question here: only the current password (or the wait after too many)
            say(refused.retryAfter().isZero() ? Messages.changePassword_wrong : refused.getMessage());
        } else if (e instanceof ValidationException refused) {
            say(refused.errors().get(0).toString());
        } else {
            say(e.getMessage());
        }
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            message.requestLayout();
        }
    }
}
