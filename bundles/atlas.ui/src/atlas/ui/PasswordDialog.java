package atlas.ui;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.security.SignInRefused;
import atlas.core.store.StoreException;

/**
 * A dialog that closes only on the right password (sign-in, unlock, signature): a refusal is said
 * in the dialog in red, the password field is emptied for the next try, and the typed characters
 * are wiped from memory either way.
 */
public abstract class PasswordDialog extends AtlasDialog {

    private Text password;
    private Label message;

    protected PasswordDialog(Shell parent, String id, String title) {
        super(parent, id, title);
    }

    /** A label and the password field, named {@code id}, in a two-column area. */
    protected Text passwordField(Composite area, String label, String id) {
        new Label(area, SWT.NONE).setText(label);
        password = new Text(area, SWT.BORDER | SWT.PASSWORD);
        password.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        return password;
    }

    /** The line where a refusal is said, across the two columns. */
    protected void messageLine(Composite area, String id, int width) {
        message = refusalLine(area, id, width);
    }

    /** The check of a typed password, made off the display thread; returns normally when it is right. */
    @FunctionalInterface
    protected interface PasswordCheck {
        void run(char[] typed) throws SignInRefused, StoreException;
    }

    /** Reads what else the dialog holds (on the display thread) and returns the check to make. */
    protected abstract PasswordCheck check();

    /**
     * Checks in the background - the first sign-in of a start also opens the encrypted database,
     * and a new database key rewrites the file - while the dialog holds still; the typed
     * characters are wiped after the check either way.
     */
    @Override
    protected void okPressed() {
        char[] typed = password.getTextChars();
        PasswordCheck check = check();
        inBackground(() -> {
            try {
                check.run(typed);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, right -> super.okPressed(), e -> refuse(e.getMessage()));
    }

    private void refuse(String text) {
        message.setText(text);
        message.requestLayout();
        fitHeight(getShell());
        password.setText("");
        password.setFocus();
    }
}
