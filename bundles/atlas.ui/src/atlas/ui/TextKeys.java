package atlas.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Keyboard conventions for multi-line text fields in forms. */
public final class TextKeys {

    private TextKeys() {
    }

    /**
     * Tab and Shift+Tab move to the next and previous field instead of typing a tab character, so
     * a form with multi-line fields can be filled from the keyboard alone; Ctrl+Tab types the tab
     * character for the rare note that needs one (the reverse of the platform's default for
     * multi-line fields, where Tab types and Ctrl+Tab moves).
     */
    public static Text tabMovesFocus(Text text) {
        text.addTraverseListener(e -> {
            if (e.detail != SWT.TRAVERSE_TAB_NEXT && e.detail != SWT.TRAVERSE_TAB_PREVIOUS) {
                return;
            }
            if ((e.stateMask & SWT.CTRL) != 0) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                if (text.getEditable()) {
                    text.insert("\t");
                }
            } else {
                e.doit = true;
            }
        });
        return text;
    }
}
