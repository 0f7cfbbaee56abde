package atlas.plans.ui;

import org.eclipse.swt.widgets.Text;

import atlas.ui.WholeNumber;

/** A whole number typed wrong in the plan: the field's name and what was typed, said to the user. */
final class NotANumber extends Exception {

    private static final long serialVersionUID = 1L;

    private NotANumber(String field, WholeNumber.Wrong wrong) {
        super(field.replace("&", "") + ": " + wrong.getMessage());
    }

    /** The whole number typed in {@code field}, labelled {@code label} on screen; null when blank. */
    static Integer whole(Text field, String label) throws NotANumber {
        try {
            return WholeNumber.in(field);
        } catch (WholeNumber.Wrong wrong) {
            throw new NotANumber(label, wrong);
        }
    }
}
