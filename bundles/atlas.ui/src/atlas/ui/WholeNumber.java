package atlas.ui;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;

/**
 * A whole number typed in a field (a dose's sets, a plan's weeks, a headache's minutes): blank is
 * none, anything else that is not a whole number is refused with the same words wherever it is typed.
 */
public final class WholeNumber {

    private WholeNumber() {
    }

    /** Typed text that is not a whole number; its message says so: "\"6x\" is not a whole number". */
    public static final class Wrong extends Exception {

        private static final long serialVersionUID = 1L;

        private Wrong(String typed) {
            super(NLS.bind(Messages.wholeNumber_wrong, typed));
        }
    }

    /** The whole number in {@code field}; null when it is blank. */
    public static Integer in(Text field) throws Wrong {
        String typed = field.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            throw new Wrong(typed);
        }
    }
}
