package atlas.store.internal.access;

import atlas.core.security.UserAccount;

/**
 * The store tests' way to begin a user's session without a password: {@code WorkstationSession.begin}
 * stays package-private in the product (only the sign-in begins a session), so the tests reach it
 * from its own package, here in the test fragment.
 */
public final class SignIns {

    private SignIns() {
    }

    public static void begin(WorkstationSession session, UserAccount user) {
        session.begin(user);
    }
}
