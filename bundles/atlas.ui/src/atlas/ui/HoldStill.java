package atlas.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A write to the store made off the display thread while a dialog or an editor holds still: a
 * wait cursor, its buttons off, one write at a time (a second press is not a second save). The
 * holding control carries {@link #BUSY} meanwhile, which UI tests wait on.
 */
public final class HoldStill {

    /** Control data key set while a write runs in the background. */
    public static final String BUSY = "atlas.dialog.busy";

    private final String name;
    private boolean busy;

    /** {@code name} names the background job (the dialog's or editor's title). */
    public HoldStill(String name) {
        this.name = name;
    }

    public boolean busy() {
        return busy;
    }

    /**
     * Runs {@code work} off the display thread, then {@code done} or {@code failed} on it;
     * {@code controls} turns the holder's buttons off and on again. A call while one runs does nothing.
     */
    public <T> void run(Control holder, Consumer<Boolean> controls, InBackground.Work<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        if (busy) {
            return;
        }
        mark(holder, controls, true);
        InBackground.run(holder, name, work, result -> {
            mark(holder, controls, false);
            done.accept(result);
        }, e -> {
            mark(holder, controls, false);
            failed.accept(e);
        });
    }

    /**
     * As {@link #run}, but returns only when the work is done, the window repainting meanwhile:
     * for a save the workbench waits on (Ctrl+S, closing a tab, quitting), which must know whether
     * it succeeded. Returns false when it failed ({@code failed} was told) or another write runs.
     */
    public <T> boolean runAndWait(Control holder, Consumer<Boolean> controls, InBackground.Work<T> work,
            Consumer<T> done, Consumer<Exception> failed) {
        if (busy) {
            return false;
        }
        boolean[] outcome = new boolean[2]; // finished, succeeded
        run(holder, controls, work, result -> {
            outcome[0] = true;
            outcome[1] = true;
            done.accept(result);
        }, e -> {
            outcome[0] = true;
            failed.accept(e);
        });
        Display display = holder.getDisplay();
        while (!outcome[0] && !holder.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep(); // woken by the job handing its outcome over (asyncExec)
            }
        }
        return outcome[1];
    }

    private void mark(Control holder, Consumer<Boolean> controls, boolean now) {
        busy = now;
        if (holder.isDisposed()) {
            return;
        }
        holder.setData(BUSY, now ? Boolean.TRUE : null);
        holder.setCursor(now ? holder.getDisplay().getSystemCursor(SWT.CURSOR_WAIT) : null);
        controls.accept(!now);
    }
}
