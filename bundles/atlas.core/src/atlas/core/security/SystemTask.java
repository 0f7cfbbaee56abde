package atlas.core.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Work that runs without a signed-in user, each kind under its own name - which the audit trail
 * records as the actor ("system: demo data") - and with only the permissions that work needs. A
 * system task runs on one thread through {@link SystemTasks}, never while a user is signed in at
 * the workstation.
 */
public enum SystemTask {

    /**
     * The demo clinic of the launcher's --demo: patients, episodes, visits, notes and plans signed
     * for the demo therapist, forms, diaries and red-flag screenings.
     */
    DEMO_DATA("demo data", EnumSet.of(Permission.DEMOGRAPHICS, Permission.VISITS, Permission.CLINICAL_READ,
            Permission.CLINICAL_WRITE, Permission.SIGN));

    private final String title;
    private final Set<Permission> permissions;

    SystemTask(String title, Set<Permission> permissions) {
        this.title = title;
        this.permissions = permissions;
    }

    /** The actor the audit trail names: "system: demo data". */
    public String actor() {
        return "system: " + title;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** What the task may do. */
    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
