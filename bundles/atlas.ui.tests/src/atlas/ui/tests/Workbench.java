package atlas.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import atlas.ui.AtlasContext;

/**
 * The running Atlas workbench as a test sees it: services from the OSGi registry, widgets found
 * by their {@link AtlasContext#WIDGET_ID} and read on the UI thread.
 */
final class Workbench {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Workbench() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Workbench.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(PATIENCE.toMillis());
        if (service == null) {
            throw new AssertionError(type.getSimpleName() + " service did not appear within " + PATIENCE);
        }
        return service;
    }

    static MApplication application() throws InterruptedException {
        return service(IWorkbench.class).getApplication();
    }

    /** The main window's shell, once it is rendered. */
    static Shell mainShell() throws InterruptedException {
        MApplication application = application();
        return waitFor("the main window", () -> {
            MWindow window = application.getChildren().isEmpty() ? null : application.getChildren().get(0);
            return window != null && window.getWidget() instanceof Shell shell ? shell : null;
        });
    }

    /** Runs on the UI thread and returns the result. */
    static <T> T onUi(Display display, Supplier<T> read) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(read.get()));
        return result.get();
    }

    /** The control named {@code id} below the shell; call on the UI thread. */
    static Control find(Composite root, String id) {
        List<Control> pending = new ArrayList<>(List.of(root.getChildren()));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (id.equals(control.getData(AtlasContext.WIDGET_ID))) {
                return control;
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return null;
    }

    /** Polls until {@code value} is non-null, failing after a minute with {@code what}. */
    static <T> T waitFor(String what, Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }
}
