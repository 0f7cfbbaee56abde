package atlas.core.security;

/**
 * A service call the signed-in user's role does not allow. The refusal is written to the audit
 * trail before this is thrown; the message names the user, the role and what was refused.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Permission permission;

    public AccessDeniedException(String message, Permission permission) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
