package atlas.store.internal.access;

import java.time.Duration;
import java.time.Instant;

import atlas.core.audit.AuditAction;
import atlas.core.security.SignInRefused;
import atlas.core.store.StoreException;
import atlas.core.validation.Wording;
import atlas.store.internal.keys.FileEncryption;

/**
 * Wrong passwords (and recovery keys) are throttled per name: from the {@value #FREE_TRIES}rd wrong
 * one in a row the next try waits 30 s, doubling up to 15 min (OWASP Authentication Cheat Sheet:
 * throttle rather than lock out for good). The same rule for the sign-in, the idle lock, signing,
 * and the command line's backup, restore and key recovery.
 */
public final class Throttle {

    static final int FREE_TRIES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    /** A secret tried against the key file: true when it opened the key. */
    public interface Attempt {
        boolean opens() throws StoreException;
    }

    private Throttle() {
    }

    /** 30 s at the third wrong password in a row, doubling with each further one, at most 15 min. */
    public static Duration wait(int failures) {
        int doublings = Math.min(failures - FREE_TRIES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.max(0, doublings));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** When the next try may come after {@code failures} wrong passwords in a row; null: at once. */
    static Instant waitUntil(Instant now, int failures) {
        return failures >= FREE_TRIES ? now.plus(wait(failures)) : null;
    }

    static SignInRefused refusal(int failures) {
        return failures < FREE_TRIES ? new SignInRefused(Wording.of("signIn.wrong"), Duration.ZERO)
                : waiting(wait(failures));
    }

    /** The refusal while a wait runs: how long is left, at least a second. */
    static SignInRefused waiting(Duration wait) {
        return new SignInRefused(Wording.of("signIn.wait", Math.max(1, wait.toSeconds())), wait);
    }

    /**
     * A try made while the database is closed (the first sign-in of a start, the command line):
     * counted in the key file under {@code who}, throttled, and every refusal kept there for the
     * audit trail, which takes it when the database next opens.
     *
     * @param what what was tried, for the audit entry ("password", "recovery key")
     * @return how many wrong tries came before this right one
     */
    public static int beforeOpen(FileEncryption keys, String who, String what, Instant now, Attempt attempt)
            throws SignInRefused, StoreException {
        Instant waitUntil = keys.waitUntil(who);
        if (waitUntil != null && now.isBefore(waitUntil)) {
            Duration wait = Duration.between(now, waitUntil);
            keys.pend(now, AuditAction.SIGN_IN_REFUSED, who, who + ": " + what + " refused while waiting, before the"
                    + " database opened");
            throw waiting(wait);
        }
        if (attempt.opens()) {
            int refused = keys.failures(who);
            keys.clearFailures(who);
            return refused;
        }
        int failures = keys.failures(who) + 1;
        keys.countFailure(who, failures, waitUntil(now, failures));
        keys.pend(now, AuditAction.SIGN_IN_REFUSED, who, who + ": wrong " + what + " " + failures
                + ", before the database opened");
        throw refusal(failures);
    }
}
