package atlas.store.internal;

import java.util.EnumSet;

import atlas.core.security.Permission;
import atlas.store.internal.access.WorkstationSession;

/**
 * The session the store's tests work in. Services exist only with a session, and the audit trail
 * names whoever the session says works: a test that is not about roles works as "system: store
 * tests" with every permission, on the thread that asks; a test about roles attaches a session of
 * its own first (see RolePermissionsContract), which this then leaves alone.
 */
final class TestSessions {

    static final String ACTOR = "system: store tests";

    private TestSessions() {
    }

    /** The session of {@code database}: its own if it has one, else a new one granted to this thread. */
    static WorkstationSession of(EntityManagers database) {
        return WorkstationSession.forTools((JpaClinicalDatabase) database, ACTOR);
    }

    /** A service on {@code database} in its session: {@code TestSessions.on(reopened(), JpaPatientService::new)}. */
    static <T> T on(JpaClinicalDatabase database, java.util.function.BiFunction<JpaClinicalDatabase, WorkstationSession, T> service) {
        return service.apply(database, of(database));
    }

    /** Grants this thread - a test's worker thread - the store tests' permissions in {@code database}'s session. */
    static void onThisThread(EntityManagers database) {
        of(database).grantThisThread(ACTOR, EnumSet.allOf(Permission.class));
    }
}
