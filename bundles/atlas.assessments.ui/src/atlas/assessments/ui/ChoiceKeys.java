package atlas.assessments.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;

/**
 * Answers a choice item from the keyboard without opening its drop-down, as a therapist copies a
 * paper form: a digit picks the answer at that position (1 = the first), a letter the next answer
 * whose words start with it (pressed again, the one after), Backspace or Delete leaves it
 * unanswered. The combo's first entry is the blank "not answered".
 */
final class ChoiceKeys {

    private ChoiceKeys() {
    }

    static void attach(Combo combo) {
        combo.addListener(SWT.KeyDown, event -> {
            int chosen = chosen(combo, event);
            if (chosen >= 0) {
                event.doit = false;
                combo.select(chosen);
                combo.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** The index to select for the key, or -1 to let the key do what it does. */
    static int chosen(Combo combo, Event key) {
        if (key.keyCode == SWT.BS || key.keyCode == SWT.DEL) {
            return 0;
        }
        char typed = key.character;
        int answers = combo.getItemCount() - 1;
        if (typed >= '1' && typed <= '9') {
            int position = typed - '0';
            return position <= answers ? position : -1;
        }
        if (!Character.isLetter(typed)) {
            return -1;
        }
        String letter = String.valueOf(typed).toLowerCase(Locale.ROOT);
        int current = Math.max(0, combo.getSelectionIndex());
        for (int step = 1; step <= answers; step++) {
            int index = (current - 1 + step) % answers + 1;
            if (combo.getItem(index).strip().toLowerCase(Locale.ROOT).startsWith(letter)) {
                return index;
            }
        }
        return -1;
    }
}
