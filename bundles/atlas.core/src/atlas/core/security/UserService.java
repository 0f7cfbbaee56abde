package atlas.core.security;

import java.time.Instant;
import java.util.List;

import atlas.core.store.StoreException;

/**
 * Who may sign in, and as what. Passwords are kept only as salted Argon2id hashes; wrong
 * passwords in a row make the account wait longer and longer before the next try.
 */
public interface UserService {

    /** The shortest password accepted. */
    int MINIMUM_PASSWORD_LENGTH = 10;

    /** Whether any account exists: without one, the first start creates the administrator. */
    boolean hasUsers() throws StoreException;

    /**
     * Creates the first account, an administrator; refused once any account exists.
     *
     * @throws atlas.core.validation.ValidationException naming the field (user name, password length)
     */
    UserAccount createFirstAdministrator(String username, String displayName, char[] password) throws StoreException;

    /**
     * Creates an account; only an administrator may.
     *
     * @throws AccessDeniedException when {@code actingUser} may not manage users (the refusal is audited)
     */
    UserAccount createUser(UserAccount actingUser, UserAccount account, char[] password) throws StoreException;

    /**
     * Checks a sign-in at {@code now}. Wrong passwords are counted; from the third in a row the
     * account waits 30 s, doubling with each further one up to 15 min, and a sign-in before then
     * is refused even with the right password. Successes and failures are audited.
     */
    UserAccount signIn(String username, char[] password, Instant now) throws SignInRefused, StoreException;

    /**
     * While a sign-in dialog that begins a session waits for the password: readies the code the
     * first sign-in of a start runs (the key's Argon2id, opening the encrypted file), so that it
     * runs at the speed of a warmed-up program - about half a second from Sign In to the patient
     * list instead of well over a second. Touches none of the clinic's data and stops early once
     * a sign-in begins; about a second and a half of one core. Call it from a background thread.
     * Nothing to do once the database is open, or on a server.
     */
    default void prepareForSignIn() {
    }

    /** Asks the password again (before signing, after the idle lock); counts as a try like a sign-in. */
    void confirmPassword(UserAccount user, char[] password, Instant now) throws SignInRefused, StoreException;

    /**
     * Administration > Change Database Key: the embedded database gets a new key and its file is
     * encrypted again, so that key files and backups from before no longer open it (e.g. after
     * staff leave). The acting administrator's password (asked again, counted like a sign-in) and
     * a new recovery key ({@link atlas.core.store.ClinicalDatabase#takeNewRecoveryKey()}) protect
     * the new key; the other users' passwords open it after their next sign-in while Atlas is
     * open. Audited; administrators only.
     *
     * @throws atlas.core.security.AccessDeniedException for anyone else (audited)
     */
    void changeDatabaseKey(UserAccount actingUser, char[] password, Instant now) throws SignInRefused, StoreException;

    List<UserAccount> users() throws StoreException;

    /**
     * Sets a new password chosen by the administrator (who tells the user), clears any wait after
     * wrong passwords and makes a deactivated account active again. Administrators only.
     *
     * @throws atlas.core.validation.ValidationException when the password is too short
     */
    void resetPassword(UserAccount actingUser, UserAccount account, char[] password) throws StoreException;

    /**
     * The user changes their own password: the current one is checked first (counted like a
     * sign-in, so it is throttled too), then the new one must be long enough.
     *
     * @throws SignInRefused when the current password is wrong (or the account must wait)
     * @throws atlas.core.validation.ValidationException when the new password is too short
     */
    void changeOwnPassword(UserAccount user, char[] current, char[] replacement, Instant now)
            throws SignInRefused, StoreException;

    /**
     * Deactivates an account: it can no longer sign in or open the encrypted database; the records
     * and audit entries it wrote stay as they are. Administrators only, and never their own account.
     */
    void deactivate(UserAccount actingUser, UserAccount account) throws StoreException;
}
