package atlas.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes "Atlas ready in N ms" once, when the patient list is first filled, measured from the
 * start of the JVM so that start-up can be timed from outside by reading the log.
 */
public final class StartupClock {

    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private StartupClock() {
    }

    public static void patientListShown() {
        if (REPORTED.compareAndSet(false, true)) {
            LOG.info("Atlas ready in {} ms", ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
