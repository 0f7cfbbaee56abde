package atlas.core.security;

import atlas.core.store.StoreException;

/**
 * Runs a {@link SystemTask} on the calling thread: while it runs, the services check the task's
 * permissions instead of a user's and the audit trail names the task. Refused while a user is
 * signed in at this workstation, so no one's signed-in work is ever done as the system; other
 * threads are not affected.
 */
public interface SystemTasks {

    /** The work of a system task. */
    interface Work<T> {
        T run() throws StoreException;
    }

    /**
     * @throws IllegalStateException while a user is signed in, or when this thread runs a task already
     */
    <T> T run(SystemTask task, Work<T> work) throws StoreException;
}
