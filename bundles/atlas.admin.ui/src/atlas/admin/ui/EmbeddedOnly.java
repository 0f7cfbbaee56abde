package atlas.admin.ui;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.AtRest;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;

/**
 * Whether a command about this workstation's own database file (its key, its backups) is offered:
 * to a user with the permission, on an embedded database - a shared server's key and backups are
 * the server's.
 */
final class EmbeddedOnly {

    private EmbeddedOnly() {
    }

    static boolean offered(UserAccount user, Permission permission, ClinicalDatabase database) {
        try {
            return user != null && user.may(permission) && database.atRest() != AtRest.SERVER;
        } catch (StoreException unreadable) {
            return false;
        }
    }
}
