package atlas.store.internal.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.security.SystemTask;
import atlas.core.security.SystemTasks;
import atlas.core.security.UserAccount;
import atlas.core.store.StoreException;
import atlas.store.internal.JpaClinicalDatabase;

/**
 * The session of the one person working at this workstation, and the system tasks that run without
 * anyone (see {@link SystemTasks}). A user's session begins only here, from the sign-in
 * ({@link JpaUserService#signIn}) or the command line's own sign-in; the public {@link Session}
 * offers no way to begin one.
 */
@Component(service = { Session.class, SystemTasks.class, WorkstationSession.class })
public class WorkstationSession implements Session, SystemTasks {

    /** What runs on a thread without a user: a system task's name and its permissions. */
    record Grant(String actor, Set<Permission> permissions) {

        boolean allows(Permission permission) {
            return permissions.contains(permission);
        }
    }

    private volatile UserAccount user;
    private final ThreadLocal<SystemTask> task = new ThreadLocal<>();
    private final ThreadLocal<Grant> grant = new ThreadLocal<>();
    /** The patients whose record this session has opened (and audited); emptied with each sign-in. */
    private final java.util.Set<Long> openedRecords = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Optional<UserAccount> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public Optional<SystemTask> task() {
        return Optional.ofNullable(task.get());
    }

    @Override
    public Optional<String> actor() {
        Grant granted = grant.get();
        return granted != null ? Optional.of(granted.actor()) : Session.super.actor();
    }

    /** The user who has just signed in (checked by the caller); store-internal, never a service method. */
    void begin(UserAccount signedIn) {
        openedRecords.clear();
        user = signedIn;
    }

    @Override
    @Deactivate
    public void end() {
        user = null;
        openedRecords.clear();
    }

    @Override
    public <T> T run(SystemTask systemTask, Work<T> work) throws StoreException {
        if (user != null) {
            throw new IllegalStateException(systemTask.actor() + " refused: " + user.getUsername()
                    + " is signed in, and a signed-in user's work never runs as the system");
        }
        if (grant.get() != null) {
            throw new IllegalStateException(systemTask.actor() + " refused: this thread runs " + grant.get().actor());
        }
        task.set(systemTask);
        grant.set(new Grant(systemTask.actor(), systemTask.permissions()));
        try {
            return work.run();
        } finally {
            task.remove();
            grant.remove();
        }
    }

    /**
     * Lets this thread work as {@code actor} with {@code permissions} until {@link #endGrant()}: for
     * the store's own tests and the benchmarks, which run inside this bundle (a fragment) and not
     * through the services' registry. Not part of any service interface.
     */
    public void grantThisThread(String actor, Set<Permission> permissions) {
        grant.set(new Grant(actor, Set.copyOf(permissions)));
    }

    public void endGrant() {
        grant.remove();
    }

    /**
     * The session of a database a tool opened outside DS - the store's tests, the benchmarks, both
     * fragments of this bundle: the database's own if it has one, else a new one in which the
     * calling thread works as {@code actor} with every permission.
     */
    public static WorkstationSession forTools(JpaClinicalDatabase database, String actor) {
        if (database.session() instanceof WorkstationSession attached) {
            return attached;
        }
        WorkstationSession session = new WorkstationSession();
        session.grantThisThread(actor, EnumSet.allOf(Permission.class));
        database.useSession(session);
        return session;
    }

    /** What this thread runs as without a user, if anything. */
    Optional<Grant> grant() {
        return Optional.ofNullable(grant.get());
    }

    @Override
    public boolean hasOpened(long patientId) {
        return openedRecords.contains(patientId);
    }

    @Override
    public void opened(long patientId) {
        openedRecords.add(patientId);
    }
}
