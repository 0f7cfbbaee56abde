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

    /**
     * Whether the record of {@code patientId} was opened in this session already. The audit trail
     * records each patient's record once per session (who opened it, when): reading it again after
     * a save, for its charts or a report is the same access, and would only bury the openings that
     * matter (NIST SP 800-92: log events an auditor can act on).
     */
    boolean hasOpened(long patientId);

    /** Notes that the record of {@code patientId} was opened, and audited, in this session. */
    void opened(long patientId);
}
