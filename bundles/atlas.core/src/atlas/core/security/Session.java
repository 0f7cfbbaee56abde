package atlas.core.security;

import java.util.Optional;

/**
 * Who is working at this workstation: the one person signed in, or a {@link SystemTask} running on
 * the current thread. The services check every call against it, and the audit trail names it.
 * Only the sign-in ({@link UserService#signIn}) starts a user's session; nothing else can make
 * the session any user it names.
 */
public interface Session {

    /** The signed-in user, if any. */
    Optional<UserAccount> user();

    /** The system task running on this thread, if any (see {@link SystemTasks}). */
    Optional<SystemTask> task();

    /** Who the audit trail names for work done now on this thread: the task, else the user. */
    default Optional<String> actor() {
        return task().map(SystemTask::actor).or(() -> user().map(UserAccount::getUsername));
    }

    /** Ends the session (sign-out, quit, or another user signs in). */
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
