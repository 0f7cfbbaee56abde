package atlas.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What the installation's bundles contribute as OSGi services right now (clinic plugins' charts,
 * report sections and exercise pictures; start-up contributions), highest service ranking first.
 * For code that is not a DS component itself: e4 parts, handlers and the life cycle.
 */
public final class Contributions {

    private Contributions() {
    }

    /** The registered services of {@code type}; empty outside a running framework. */
    public static <T> List<T> of(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (ServiceReference<T> reference : references(type)) {
            BundleContext context = context();
            T service = context.getService(reference);
            if (service != null) {
                found.add(service);
            }
        }
        return found;
    }

    /** The registered services' references, highest ranking first, for callers that name the bundle. */
    public static <T> List<ServiceReference<T>> references(Class<T> type) {
        BundleContext context = context();
        if (context == null) {
            return List.of();
        }
        try {
            List<ServiceReference<T>> references = new ArrayList<>(context.getServiceReferences(type, null));
            references.sort(Collections.reverseOrder()); // ServiceReference orders by ranking, then age
            return references;
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible); // no filter is given
        }
    }

    /** The first of {@code type}, as {@link #of} orders them, or null. */
    public static <T> T first(Class<T> type) {
        List<T> all = of(type);
        return all.isEmpty() ? null : all.get(0);
    }

    private static BundleContext context() {
        org.osgi.framework.Bundle bundle = FrameworkUtil.getBundle(Contributions.class);
        return bundle == null ? null : bundle.getBundleContext();
    }
}
