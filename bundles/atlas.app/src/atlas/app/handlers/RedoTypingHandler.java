package atlas.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;

import atlas.ui.TextHistory;

/** Edit > Redo Typing (Ctrl+Y): puts back what Undo took back. */
public class RedoTypingHandler {

    @CanExecute
    boolean canRedo() {
        return TextHistory.ofFocused(Display.getCurrent()).map(TextHistory::canRedo).orElse(false);
    }

    @Execute
    void redo() {
        TextHistory.ofFocused(Display.getCurrent()).ifPresent(TextHistory::redo);
    }
}
