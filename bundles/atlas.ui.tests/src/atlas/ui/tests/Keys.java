package atlas.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real key presses: events posted to the display as the keyboard sends them (through the X server
 * under Xvfb), so key bindings, traversal and mnemonics run exactly as for a user.
 */
final class Keys {

    private Keys() {
    }

    /** One key, pressed and released. */
    static void key(Display display, char character, int keyCode) throws InterruptedException {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = keyCode;
            display.syncExec(() -> display.post(event));
        }
        settle(display);
    }

    /**
     * A key with modifiers held (SWT.CTRL, SWT.SHIFT, SWT.ALT): the modifiers go down first and
     * up last, as fingers do.
     */
    static void chord(Display display, int modifiers, char character, int keyCode) throws InterruptedException {
        int[] held = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int modifier : held) {
            if ((modifiers & modifier) != 0) {
                post(display, SWT.KeyDown, (char) 0, modifier);
            }
        }
        post(display, SWT.KeyDown, character, keyCode);
        post(display, SWT.KeyUp, character, keyCode);
        for (int i = held.length - 1; i >= 0; i--) {
            if ((modifiers & held[i]) != 0) {
                post(display, SWT.KeyUp, (char) 0, held[i]);
            }
        }
        settle(display);
    }

    /** Puts the keyboard focus into {@code field}, selects what it holds, and types {@code text}. */
    static void typeInto(Display display, Control field, String text) throws InterruptedException {
        display.syncExec(() -> {
            field.getShell().forceActive();
            field.forceFocus();
            if (field instanceof org.eclipse.swt.widgets.Text box) {
                box.selectAll();
            }
        });
        settle(display);
        for (char c : text.toCharArray()) {
            key(display, c, c);
        }
    }

    private static void post(Display display, int type, char character, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.character = character;
        event.keyCode = keyCode;
        display.syncExec(() -> display.post(event));
    }

    private static void settle(Display display) throws InterruptedException {
        Thread.sleep(40);
        display.syncExec(() -> { /* let the events be handled */ });
    }
}
