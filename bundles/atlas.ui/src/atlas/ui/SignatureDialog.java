package atlas.ui;

import java.time.Instant;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.security.UserAccount;
import atlas.core.security.UserService;

/**
 * Before a note or plan is signed: what signing means, and the signer's password again (an
 * electronic signature is bound to the person, not to whoever sits at a signed-in workstation).
 * A wrong password is said here and counted like a wrong sign-in.
 */
public class SignatureDialog extends PasswordDialog {

    private final UserService users;
    private final UserAccount signer;
    private final String question;
    private final String signLabel;

    public SignatureDialog(Shell parent, String title, String question, String signLabel, UserService users,
            UserAccount signer) {
        super(parent, "dialog.signature", title);
        this.users = users;
        this.signer = signer;
        this.question = question;
        this.signLabel = signLabel;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, question, 420);
        Text password = passwordField(area, Messages.signature_password, "signature.password");
        messageLine(area, "signature.message", 420);
        password.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, signLabel, true).setData(AtlasContext.WIDGET_ID, "signature.ok");
        cancelButton(parent);
    }

    @Override
    protected PasswordCheck check() {
        return typed -> users.confirmPassword(signer, typed, Instant.now());
    }

    /** Asks; true when the password was right and the user chose to sign. Without a signer, refuses. */
    public static boolean confirm(Shell parent, String title, String question, String signLabel, UserService users,
            UserAccount signer) {
        return users != null && signer != null
                && new SignatureDialog(parent, title, question, signLabel, users, signer).open() == OK;
    }
}
