package atlas.core.security;

import java.time.Duration;

/**
 * A sign-in that did not succeed: the name or password was wrong (never said which), or too many
 * wrong passwords were typed and the account waits {@link #retryAfter()} before the next try.
 */
public class SignInRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public SignInRefused(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next try; zero when a try may follow at once. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
