package atlas.plans.ui;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;

/** A whole number typed wrong in the plan: the field's name and what was typed, said to the user. */
final class NotANumber extends Exception {

    private static final long serialVersionUID = 1L;

    private NotANumber(String field, String typed) {
        super(field.replace("&", "") + ": " + NLS.bind(Messages.plan_notANumber, typed));
    }

    /** The whole number typed in {@code field}, labelled {@code label} on screen; null when blank. */
    static Integer whole(Text field, String label) throws NotANumber {
        String typed = field.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            throw new NotANumber(label, typed);
        }
    }
}
