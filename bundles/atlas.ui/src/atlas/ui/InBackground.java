package atlas.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work that reads or writes the store off the display thread and hands its outcome back to
 * it: a slow disk or a shared server never freezes the window. The outcome is dropped when
 * {@code owner} is gone by then (its part closed). When the user waits longer than half a second
 * (opening a large record, printing, a slow server), the window shows the busy cursor until the
 * outcome is there; shorter waits show nothing, so the cursor does not flicker.
 */
public final class InBackground {

    private static final Logger LOG = LoggerFactory.getLogger(InBackground.class);

    /** The work; it may throw what the store throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** A wait shorter than this shows no busy cursor. */
    static final int BUSY_AFTER_MS = 500;
    /** Shell data key: how many waits show the busy cursor on that window now. */
    private static final String WAITS = "atlas.busy.waits";

    private InBackground() {
    }

    /**
     * Schedules {@code work} as a job named {@code name}; then {@code done} with its result, or
     * {@code failed} with what it threw, on the display thread.
     */
    public static <T> void run(Control owner, String name, Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Display display = owner.getDisplay();
        Shell window = owner.getShell();
        boolean[] state = new boolean[2]; // finished, busy cursor shown
        display.timerExec(BUSY_AFTER_MS, () -> {
            if (!state[0] && !window.isDisposed()) {
                state[1] = true;
                waits(window, +1);
            }
        });
        Job job = Job.create(name, monitor -> {
            Runnable outcome;
            try {
                T result = work.run();
                outcome = () -> done.accept(result);
            } catch (Exception e) {
                outcome = () -> failed.accept(e);
            }
            Runnable handOver = outcome;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    state[0] = true;
                    if (state[1] && !window.isDisposed()) {
                        waits(window, -1);
                    }
                    if (owner.isDisposed()) {
                        LOG.debug("{}: finished after its window part closed", name);
                        return;
                    }
                    handOver.run();
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Counts the waits of {@code window}: the busy cursor from the first until the last is over. */
    private static void waits(Shell window, int change) {
        int now = Math.max(0, (window.getData(WAITS) instanceof Integer count ? count : 0) + change);
        window.setData(WAITS, now == 0 ? null : now);
        window.setCursor(now == 0 ? null : window.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
    }
}
