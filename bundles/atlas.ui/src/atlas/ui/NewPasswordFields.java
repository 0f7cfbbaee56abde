package atlas.ui;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A new password typed twice, in a two-column grid (label, field): the first administrator's and
 * a user's own change of password. The typed characters are compared and wiped; no String copy of
 * a password is made.
 */
public final class NewPasswordFields {

    private final Text password;
    private final Text repeated;

    public NewPasswordFields(Composite grid, String label, String repeatLabel, String id) {
        password = field(grid, label, id + ".password");
        repeated = field(grid, repeatLabel, id + ".repeat");
    }

    private static Text field(Composite grid, String label, String id) {
        new Label(grid, SWT.NONE).setText(label);
        Text text = new Text(grid, SWT.BORDER | SWT.PASSWORD);
        text.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    public void clear() {
        password.setText("");
        repeated.setText("");
    }

    /**
     * The new password when both fields hold the same, else null (the caller says they differ).
     * The caller wipes the returned characters after use.
     */
    public char[] typed() {
        char[] first = password.getTextChars();
        char[] second = repeated.getTextChars();
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            return null;
        }
        return first;
    }
}
