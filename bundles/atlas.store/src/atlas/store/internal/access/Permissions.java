package atlas.store.internal.access;

import atlas.core.audit.AuditAction;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.StoreException;
import atlas.core.validation.Wording;
import atlas.store.internal.EntityManagers;
import atlas.store.internal.audit.AuditLog;

/**
 * The check every guarded service call makes first: the user's role, as stored now (a role taken
 * away takes effect at once), must allow the call; a refusal is written to the audit trail in a
 * transaction of its own, so it stays recorded although the call fails.
 */
public final class Permissions {

    private Permissions() {
    }

    /**
     * The check of a service: whoever works now must hold {@code permission} - the system task or
     * grant running on this thread (see WorkstationSession), else the signed-in user. There is no
     * service without a session: one built without it is a programming error, refused at once.
     */
    public static void require(EntityManagers database, atlas.core.security.Session session, Permission permission)
            throws StoreException {
        if (session == null) {
            throw new IllegalStateException("a service without a session may not be called; services get the "
                    + "workstation session from DS, or from their constructor");
        }
        if (session instanceof WorkstationSession workstation && workstation.grant().isPresent()) {
            WorkstationSession.Grant grant = workstation.grant().get();
            if (grant.allows(permission)) {
                return;
            }
            database.write(em -> AuditLog.append(em, AuditAction.ACCESS_DENIED, JpaUserService.RECORD_TYPE, null, null,
                    grant.actor() + ": " + permission));
            throw denied(grant.actor(), null, permission);
        }
        require(database, session.user().orElse(null), permission);
    }

    public static void require(EntityManagers database, UserAccount user, Permission permission) throws StoreException {
        UserAccount stored = user == null || user.getId() == null ? null
                : database.read(em -> em.find(UserAccount.class, user.getId()));
        if (stored != null && stored.may(permission)) {
            return;
        }
        String who = user == null ? "nobody" : user.getUsername();
        database.write(em -> AuditLog.append(em, AuditAction.ACCESS_DENIED, JpaUserService.RECORD_TYPE,
                user == null ? null : user.getId(), null, who + ": " + permission));
        throw denied(who, stored == null ? null : stored.getRole(), permission);
    }

    /** The refusal the user reads: who, in which role (null: none), may not do what. */
    public static AccessDeniedException denied(String who, atlas.core.security.Role role, Permission permission) {
        return new AccessDeniedException(Wording.of("access.denied", who,
                role == null ? "-" : role.name().toLowerCase().replace('_', ' '),
                Wording.of("permission." + permission.name())), permission);
    }
}
