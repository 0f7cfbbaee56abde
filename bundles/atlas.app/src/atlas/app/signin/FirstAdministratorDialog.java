package atlas.app.signin;

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
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.NewPasswordFields;

/**
 * The first start of a clinic's database: the administrator's account (user name, name, password
 * twice). The administrator then adds the therapists and the front desk.
 */
public class FirstAdministratorDialog extends AtlasDialog {

    private final UserService users;
    private final boolean encrypted;
    private Text username;
    private Text displayName;
    private NewPasswordFields password;
    private Label message;

    /** @param encrypted whether the records are kept in an encrypted file on this PC (not a server) */
    public FirstAdministratorDialog(Shell parent, UserService users, boolean encrypted) {
        super(parent, "dialog.firstAdministrator", Messages.firstAdmin_title);
        this.users = users;
        this.encrypted = encrypted;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, encrypted ? Messages.firstAdmin_intro + " " + Messages.firstAdmin_encrypted
                : Messages.firstAdmin_intro, 400);
        username = field(area, Messages.signIn_username, "firstAdmin.username", SWT.NONE);
        username.setText("admin");
        displayName = field(area, Messages.firstAdmin_name, "firstAdmin.name", SWT.NONE);
        password = new NewPasswordFields(area, Messages.signIn_password, Messages.firstAdmin_repeat, "firstAdmin");
        message = refusalLine(area, "firstAdmin.message", 400);
        displayName.setFocus();
        return area;
    }

    private static Text field(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.firstAdmin_create, true)
                .setData(AtlasContext.WIDGET_ID, "firstAdmin.create");
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.signIn_quit, false);
    }

    @Override
    protected void okPressed() {
        char[] typed = password.typed();
        if (typed == null) {
            message.setText(Messages.firstAdmin_mismatch);
            message.requestLayout();
            return;
        }
        try {
            users.createFirstAdministrator(username.getText().strip(), displayName.getText().strip(), typed);
            super.okPressed();
        } catch (ValidationException refused) {
            message.setText(refused.errors().get(0).toString());
        } catch (StoreException e) {
            message.setText(e.getMessage());
        } finally {
            Arrays.fill(typed, '\0');
            if (!message.isDisposed()) { // gone once the administrator was created and the dialog closed
                message.requestLayout();
            }
        }
    }
}
