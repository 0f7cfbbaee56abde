package atlas.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;

import atlas.ui.TextHistory;

/** Edit > Undo Typing (Ctrl+Z): takes back the last word typed in the focused text field. */
public class UndoTypingHandler {

    @CanExecute
    boolean canUndo() {
        return TextHistory.ofFocused(Display.getCurrent()).map(TextHistory::canUndo).orElse(false);
    }

    @Execute
    void undo() {
        TextHistory.ofFocused(Display.getCurrent()).ifPresent(TextHistory::undo);
    }
}
