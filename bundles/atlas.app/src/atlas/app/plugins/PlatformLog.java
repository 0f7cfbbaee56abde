package atlas.app.plugins;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's warnings and errors in Atlas's own log: what the OSGi framework and Declarative
 * Services report - a clinic plugin whose component fails to start, a bundle that does not
 * resolve, a weaving hook that fails - otherwise reaches only Equinox's log under
 * {@code configuration/}, where nobody looks (issue 21). Each entry is written to atlas.log under
 * "platform." and the reporting bundle's name, with its exception. The dropins folder is read
 * only once this listens, so a plugin's failure is never missed.
 */
@Component(service = PlatformLog.class, immediate = true)
public class PlatformLog implements LogListener {

    @Reference
    private LogReaderService reader;

    /**
     * Listens from now on, after writing what the platform reported before Atlas's bundles started
     * (the product keeps that history: equinox.log.history.max in atlas.product).
     */
    @Activate
    void activate() {
        reader.addLogListener(this);
        java.util.List<LogEntry> earlier = java.util.Collections.list(reader.getLog());
        java.util.Collections.reverse(earlier); // the newest comes first
        earlier.forEach(this::logged);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        Logger log = LoggerFactory.getLogger("platform." + (entry.getBundle() == null ? "framework"
                : entry.getBundle().getSymbolicName()));
        switch (entry.getLogLevel()) {
        case ERROR -> log.error("{}", entry.getMessage(), entry.getException());
        case WARN -> log.warn("{}", entry.getMessage(), entry.getException());
        default -> {
            // information and debugging of the platform stay in its own log
        }
        }
    }
}
