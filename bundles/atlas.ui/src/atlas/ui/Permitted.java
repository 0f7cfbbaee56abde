package atlas.ui;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;

/**
 * Whether the signed-in user may use a command: the same role table the store's services check
 * (Role.allows), so a command the role may not use is disabled in the menu and on its key instead
 * of opening an empty tab before a refusal. The services keep their own checks.
 */
public final class Permitted {

    private Permitted() {
    }

    /** False when nobody is signed in. */
    public static boolean may(UserAccount user, Permission permission) {
        return user != null && user.may(permission);
    }
}
