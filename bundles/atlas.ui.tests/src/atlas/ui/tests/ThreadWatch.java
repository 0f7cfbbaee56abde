package atlas.ui.tests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A store service that records the thread of every call: registered above the real one (highest
 * ranking) until closed, it passes each call on, so the window works as always and a call made
 * on the display thread is caught where it happens.
 */
final class ThreadWatch<T> implements AutoCloseable {

    /** Every method called, in order. */
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    /** The calls made on the display thread, with the thread's name. */
    final List<String> onDisplay = Collections.synchronizedList(new ArrayList<>());
    private final ServiceRegistration<T> registration;

    private ThreadWatch(Class<T> type, T real) {
        T watched = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (Display.findDisplay(Thread.currentThread()) != null) {
                        onDisplay.add(method.getName() + " on " + Thread.currentThread().getName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
        Hashtable<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        registration = FrameworkUtil.getBundle(ThreadWatch.class).getBundleContext().registerService(type, watched,
                ranking);
    }

    /** Watches the service of {@code type} from now on (the real one stays behind the watch). */
    static <T> ThreadWatch<T> of(Class<T> type) throws InterruptedException {
        return new ThreadWatch<>(type, Workbench.service(type));
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
