package atlas.core.security;

import java.util.Optional;

/**
 * Who is signed in at this workstation (one person at a time). The services check every call
 * against this user's role; the audit trail names this user.
 */
public interface Session {

    Optional<UserAccount> user();

    /** Starts the session of a user who has just signed in. */
    void begin(UserAccount user);

    /** Ends the session (quit, or another user signs in). */
    void end();
}
