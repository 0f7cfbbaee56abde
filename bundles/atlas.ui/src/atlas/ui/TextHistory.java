package atlas.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * Undo and redo for a text field (GTK's text widgets have none): Ctrl+Z undoes, Ctrl+Y or
 * Ctrl+Shift+Z redoes. Typing is grouped into words, so one undo takes back a word, not a letter.
 * The Edit menu reaches the history of the focused field through {@link #ofFocused}.
 */
public final class TextHistory {

    private static final String KEY = TextHistory.class.getName();
    private static final int LIMIT = 500;

    private final Text text;
    private final Deque<String> undo = new ArrayDeque<>();
    private final Deque<String> redo = new ArrayDeque<>();
    private String current;
    private boolean restoring;
    private boolean wordOpen;

    private TextHistory(Text text) {
        this.text = text;
        this.current = text.getText();
        text.setData(KEY, this);
        text.addListener(SWT.Modify, e -> recordChange());
        text.addListener(SWT.KeyDown, this::keyPressed);
    }

    /** Gives {@code text} an undo history. */
    public static TextHistory attach(Text text) {
        return new TextHistory(text);
    }

    /** The history of the focused text field, if it has one. */
    public static Optional<TextHistory> ofFocused(Display display) {
        Control focus = display == null ? null : display.getFocusControl();
        return focus != null && focus.getData(KEY) instanceof TextHistory history ? Optional.of(history)
                : Optional.empty();
    }

    private void recordChange() {
        String now = text.getText();
        if (restoring || now.equals(current)) {
            return;
        }
        boolean wordGoesOn = wordOpen && now.length() == current.length() + 1 && now.startsWith(current)
                && !Character.isWhitespace(now.charAt(now.length() - 1));
        if (!wordGoesOn) {
            undo.push(current);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        wordOpen = now.length() == current.length() + 1 && !Character.isWhitespace(now.charAt(now.length() - 1));
        redo.clear();
        current = now;
    }

    private void keyPressed(Event e) {
        if ((e.stateMask & SWT.MOD1) == 0) {
            return;
        }
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (e.keyCode == 'z' && !shift) {
            e.doit = !undo();
        } else if (e.keyCode == 'y' || (e.keyCode == 'z' && shift)) {
            e.doit = !redo();
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back the last change; false if there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        restore(undo.pop());
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        restore(redo.pop());
        return true;
    }

    /** Starts afresh, e.g. after the field was loaded with a saved text. */
    public void reset() {
        undo.clear();
        redo.clear();
        current = text.getText();
        wordOpen = false;
    }

    private void restore(String value) {
        restoring = true;
        try {
            current = value;
            wordOpen = false;
            text.setText(value);
            text.setSelection(value.length());
        } finally {
            restoring = false;
        }
    }
}
