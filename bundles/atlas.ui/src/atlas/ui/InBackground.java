package atlas.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work that reads or writes the store off the display thread and hands its outcome back to
 * it: a slow disk or a shared server never freezes the window. The outcome is dropped when
 * {@code owner} is gone by then (its part closed).
 */
public final class InBackground {

    private static final Logger LOG = LoggerFactory.getLogger(InBackground.class);

    /** The work; it may throw what the store throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private InBackground() {
    }

    /**
     * Schedules {@code work} as a job named {@code name}; then {@code done} with its result, or
     * {@code failed} with what it threw, on the display thread.
     */
    public static <T> void run(Control owner, String name, Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Display display = owner.getDisplay();
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
}
