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

    /** Checks the typed password; returns normally when it is right. */
    protected abstract void accept(char[] typed) throws SignInRefused, StoreException;

    @Override
    protected void okPressed() {
        char[] typed = password.getTextChars();
        try {
            // the first sign-in of a start also opens the encrypted database: a second or so
            getShell().setCursor(getShell().getDisplay().getSystemCursor(org.eclipse.swt.SWT.CURSOR_WAIT));
            accept(typed);
            super.okPressed();
        } catch (SignInRefused refused) {
            refuse(refused.getMessage());
        } catch (StoreException e) {
            refuse(e.getMessage());
        } finally {
            Arrays.fill(typed, '\0');
            if (getShell() != null && !getShell().isDisposed()) {
                getShell().setCursor(null);
            }
        }
    }

    private void refuse(String text) {
        message.setText(text);
        message.requestLayout();
        fitHeight(getShell());
        password.setText("");
        password.setFocus();
    }
}
