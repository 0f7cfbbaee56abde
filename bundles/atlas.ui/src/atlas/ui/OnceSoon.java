package atlas.ui;

import org.eclipse.swt.widgets.Display;

/**
 * An action run once, a short while after the first of a burst of requests: an editor that stores
 * five goals in a row tells the record once, not five times (each telling re-reads the record).
 * Used on the display thread.
 */
public final class OnceSoon {

    private final Display display;
    private final int delayMillis;
    private final Runnable action;
    private boolean pending;

    public OnceSoon(Display display, int delayMillis, Runnable action) {
        this.display = display;
        this.delayMillis = delayMillis;
        this.action = action;
    }

    /** Runs the action {@code delayMillis} from now, unless a run is pending already. */
    public void ask() {
        if (!pending) {
            pending = true;
            display.timerExec(delayMillis, () -> {
                pending = false;
                action.run();
            });
        }
    }
}
