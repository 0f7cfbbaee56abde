package atlas.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes "Atlas ready in N ms" once, when the sign-in is asked (the database open, the window up:
 * the first moment the user can act), measured from the start of the JVM, and "Patient list shown
 * N ms after sign-in (M ms after Sign In was pressed)" when the list is first filled - the second
 * figure includes opening the key and the database; start-up is timed from outside by reading the log.
 */
public final class StartupClock {

    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);
    private static final AtomicBoolean READY = new AtomicBoolean();
    private static final AtomicBoolean LISTED = new AtomicBoolean();
    private static volatile long pressedAt;
    private static volatile long signedInAt;

    private StartupClock() {
    }

    public static void signInAsked() {
        if (READY.compareAndSet(false, true)) {
            LOG.info("Atlas ready in {} ms (sign-in asked)", ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    /** The user pressed Sign In: the password is checked now (at the first sign-in, the key and database opened). */
    public static void signInPressed() {
        pressedAt = System.nanoTime();
    }

    public static void signedIn() {
        signedInAt = System.nanoTime();
    }

    public static void patientListShown() {
        if (LISTED.compareAndSet(false, true) && signedInAt != 0) {
            long now = System.nanoTime();
            LOG.info("Patient list shown {} ms after sign-in ({} ms after Sign In was pressed)",
                    (now - signedInAt) / 1_000_000, pressedAt == 0 ? -1 : (now - pressedAt) / 1_000_000);
        }
    }
}
