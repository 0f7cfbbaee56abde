package atlas.store.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.security.Permission;
import atlas.core.security.Role;
import atlas.core.security.SignInRefused;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;
import jakarta.persistence.EntityManager;
import atlas.store.internal.EntityManagers;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.audit.AuditLog;
import atlas.store.internal.keys.Argon2Passwords;
import atlas.store.internal.keys.FileEncryption;
import atlas.store.internal.records.Records;

/**
 * User accounts on the clinical database. Wrong passwords are throttled per account (see
 * {@link Throttle}).
 */
@Component(service = UserService.class)
public class JpaUserService implements UserService {

    public static final String RECORD_TYPE = "UserAccount";

    private EntityManagers database;

    /** The database's unit of work, taken from the database service (it is no service of its own). */
    @Reference
    void useDatabase(ClinicalDatabase clinical) {
        database = JpaClinicalDatabase.unitOfWork(clinical);
    }

    /** The workstation's session, which a successful sign-in begins (nothing else can). */
    @Reference
    private WorkstationSession session;

    public JpaUserService() {
    }

    public JpaUserService(EntityManagers database, WorkstationSession session) {
        this.database = database;
        this.session = java.util.Objects.requireNonNull(session, "a service works only in a session");
    }

    @Override
    public boolean hasUsers() throws StoreException {
        return database.read(em -> count(em) > 0);
    }

    private static long count(EntityManager em) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public UserAccount createFirstAdministrator(String username, String displayName, char[] password)
            throws StoreException {
        UserAccount account = new UserAccount(username, displayName, Role.ADMINISTRATOR);
        checkPassword(password);
        account.setPasswordHash(Argon2Passwords.hash(password));
        UserAccount created = database.write(em -> {
            if (count(em) > 0) {
                throw new ValidationException(new FieldError("username", Wording.label("username", "User name"),
                        Wording.of("user.exists")));
            }
            AuditLog.actAs(em, username); // nobody is signed in yet: the new administrator creates the account
            return Records.create(em, account, account.validate(), RECORD_TYPE, UserAccount::getId, null,
                    "first administrator " + username);
        });
        FileEncryption encryption = database.encryption();
        if (encryption != null && encryption.needsRenewal()) {
            renewKey(created.getUsername(), password, "at the first administrator's creation");
        } else if (encryption != null) {
            // a new clinic: its key, in memory until now, is written only wrapped from here on
            encryption.protectNewClinic(created.getUsername(), password);
        }
        return created;
    }

    @Override
    public void changeDatabaseKey(UserAccount actingUser, char[] password, Instant now)
            throws SignInRefused, StoreException {
        Permissions.require(database, actingUser, Permission.MANAGE_USERS);
        confirmPassword(actingUser, password, now);
        renewKey(actingUser.getUsername(), password, "changed by " + actingUser.getUsername());
    }

    /** A new database key and the file encrypted again (see KeyRenewal); audited. */
    private void renewKey(String administrator, char[] password, String why) throws StoreException {
        FileEncryption encryption = database.encryption();
        if (encryption == null) {
            return;
        }
        database.renewKey(administrator, password);
        database.write(em -> AuditLog.appendAs(em, administrator, Instant.now(), AuditAction.UPDATE, "DatabaseKey", null,
                null, "key renewed, " + why
                + "; the other users' passwords open the records again after their next sign-in while Atlas is open"));
    }

    @Override
    public UserAccount createUser(UserAccount actingUser, UserAccount account, char[] password) throws StoreException {
        checkPassword(password);
        account.setPasswordHash(Argon2Passwords.hash(password));
        Permissions.require(database, actingUser, Permission.MANAGE_USERS);
        UserAccount created = database.write(em -> Records.create(em, account, account.validate(), RECORD_TYPE,
                UserAccount::getId, null, account.getRole() + " " + account.getUsername()));
        protectKeyFor(created, password);
        return created;
    }

    @Override
    public void resetPassword(UserAccount actingUser, UserAccount account, char[] password) throws StoreException {
        checkPassword(password);
        Permissions.require(database, actingUser, Permission.MANAGE_USERS);
        setPassword(account.getUsername(), password, "password set by " + actingUser.getUsername());
    }

    @Override
    public void changeOwnPassword(UserAccount user, char[] current, char[] replacement, Instant now)
            throws SignInRefused, StoreException {
        checkPassword(replacement);
        confirmPassword(user, current, now);
        setPassword(user.getUsername(), replacement, "password changed by the user");
    }

    /** The key recovery command: the recovery key opened the database; no one is signed in. */
    public void setPasswordWithRecoveryKey(String username, char[] password) throws StoreException {
        checkPassword(password);
        setPassword(username, password, "password set with the recovery key", RECOVERY_ACTOR);
    }

    /** Who the audit trail names for the key recovery command, where no one is signed in. */
    static final String RECOVERY_ACTOR = "system: key recovery (command line)";

    private void setPassword(String username, char[] password, String detail) throws StoreException {
        setPassword(username, password, detail, null);
    }

    private void setPassword(String username, char[] password, String detail, String actor) throws StoreException {
        String hash = Argon2Passwords.hash(password);
        UserAccount changed = database.write(em -> {
            if (actor != null) {
                AuditLog.actAs(em, actor);
            }
            UserAccount stored = find(em, username);
            if (stored == null) {
                throw new ValidationException(new FieldError("username", Wording.label("username", "User name"),
                        Wording.of("user.unknown", clip(username))));
            }
            stored.setPasswordHash(hash);
            stored.setFailedAttempts(0);
            stored.setLockedUntil(null);
            stored.setActive(true);
            AuditLog.append(em, AuditAction.UPDATE, RECORD_TYPE, stored.getId(), null, stored.getUsername() + ": " + detail);
            return stored;
        });
        protectKeyFor(changed, password);
        FileEncryption encryption = database.encryption();
        if (encryption != null) {
            encryption.clearFailures(username);
        }
    }

    @Override
    public void deactivate(UserAccount actingUser, UserAccount account) throws StoreException {
        Permissions.require(database, actingUser, Permission.MANAGE_USERS);
        if (account.getUsername().equals(actingUser.getUsername())) {
            throw new ValidationException(new FieldError("username", Wording.label("username", "User name"),
                    Wording.of("user.notSelf")));
        }
        database.write(em -> {
            UserAccount stored = find(em, account.getUsername());
            stored.setActive(false);
            AuditLog.append(em, AuditAction.UPDATE, RECORD_TYPE, stored.getId(), null,
                    stored.getUsername() + ": deactivated by " + actingUser.getUsername());
            return null;
        });
        FileEncryption encryption = database.encryption();
        if (encryption != null) {
            encryption.forget(account.getUsername());
        }
    }

    /** The user's password opens the database key from now on (embedded database only). */
    private void protectKeyFor(UserAccount account, char[] password) throws StoreException {
        FileEncryption encryption = database.encryption();
        if (encryption != null && account.isActive()) {
            encryption.protectFor(account.getUsername(), password);
            if (account.getRole() == atlas.core.security.Role.ADMINISTRATOR && database.seal() != null) {
                database.seal().protectFor(encryption.keys(), account.getUsername(), password);
            }
        }
    }

    /** The account a sign-in names, or null; also run by the sign-in warm-up (SignInWarmUp), so it readies this very query. */
    public static UserAccount find(EntityManager em, String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username == null ? "" : username.strip()).getResultStream().findFirst()
                .orElse(null);
    }

    private static void checkPassword(char[] password) {
        int length = password == null ? 0 : password.length;
        if (length < MINIMUM_PASSWORD_LENGTH) {
            throw new ValidationException(new FieldError("password", Wording.label("password", "Password"),
                    Wording.of("password.tooShort", length, MINIMUM_PASSWORD_LENGTH)));
        }
    }

    @Override
    public void prepareForSignIn() {
        database.prepareForSignIn();
    }

    @Override
    public UserAccount signIn(String username, char[] password, Instant now) throws SignInRefused, StoreException {
        FileEncryption encryption = database.encryption();
        boolean unlocked = false;
        if (encryption != null && encryption.locked()) {
            unlock(encryption, username == null ? "" : username.strip(), password, now);
            unlocked = true; // the tries refused before reach the trail as the database opens
        }
        UserAccount account = database.read(em -> find(em, username));
        if (account == null || !account.isActive()) {
            // the same answer as a wrong password, after the same work, so user names cannot be probed
            Argon2Passwords.matches(password, DUMMY_HASH);
            audit(clip(username), AuditAction.SIGN_IN_REFUSED, null, "unknown or inactive user " + clip(username));
            throw new SignInRefused(Wording.of("signIn.wrong"), Duration.ZERO);
        }
        // The key slot just opened with this password: a slot is only ever written with the
        // password the account's hash holds, so Argon2id need not run a second time.
        check(account, password, now, unlocked);
        if (encryption != null && account.may(Permission.MANAGE_USERS) && encryption.needsRenewal()) {
            // the first administrator's sign-in into a key of Atlas 0.1, or into a file from before
            // encryption: a new key, protected by this password and a new recovery key
            renewKey(account.getUsername(), password, "at " + account.getUsername() + "'s sign-in");
        } else if (encryption != null && !unlocked && !encryption.needsRenewal()
                && !encryption.protectsFor(account.getUsername())) {
            // a user from before encryption, or from before the key was protected: from now on
            // this password opens the database too
            encryption.protectFor(account.getUsername(), password);
        }
        if (database.seal() != null) {
            if (encryption != null && account.getRole() == atlas.core.security.Role.ADMINISTRATOR) {
                database.seal().openFor(encryption.keys(), account.getUsername(), password);
                database.checkpoint();
            } else {
                database.seal().close();
            }
        }
        session.begin(account);
        return account;
    }

    /**
     * The first sign-in of a start opens the database key with the user's password; wrong ones
     * are counted in the key file (the database cannot be written yet), throttled, and kept there
     * for the audit trail (see {@link Throttle#beforeOpen}).
     */
    private static void unlock(FileEncryption encryption, String username, char[] password, Instant now)
            throws SignInRefused, StoreException {
        java.time.Instant renewed = encryption.renewed();
        if (renewed != null && !encryption.protectsFor(username)) {
            // not a wrong password: the slot wrapped a key that was replaced since (KeyRenewal)
            throw new SignInRefused(Wording.of("signIn.renewed", java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.getDefault())
                    .withZone(java.time.ZoneId.systemDefault()).format(renewed)), Duration.ZERO);
        }
        Throttle.beforeOpen(encryption, username, "password", now, () -> encryption.unlock(username, password));
    }

    @Override
    public void confirmPassword(UserAccount user, char[] password, Instant now) throws SignInRefused, StoreException {
        UserAccount account = database.read(em -> em.find(UserAccount.class, user.getId()));
        if (account == null || !account.isActive()) {
            throw new SignInRefused(Wording.of("signIn.wrong"), Duration.ZERO);
        }
        check(account, password, now, false);
    }

    /** Throttles, checks the password, and counts the try; both outcomes are audited. */
    private void check(UserAccount account, char[] password, Instant now, boolean proven)
            throws SignInRefused, StoreException {
        if (account.getLockedUntil() != null && now.isBefore(account.getLockedUntil())) {
            Duration wait = Duration.between(now, account.getLockedUntil());
            audit(account.getUsername(), AuditAction.SIGN_IN_REFUSED, account.getId(), account.getUsername() + ": waiting");
            throw Throttle.waiting(wait);
        }
        boolean right = proven || Argon2Passwords.matches(password, account.getPasswordHash());
        int failures = right ? 0 : account.getFailedAttempts() + 1;
        Instant lockedUntil = Throttle.waitUntil(now, failures);
        database.write(em -> {
            UserAccount stored = em.find(UserAccount.class, account.getId());
            stored.setFailedAttempts(failures);
            stored.setLockedUntil(lockedUntil);
            // in the name of the Atlas user signing in (the session begins only after this)
            AuditLog.appendAs(em, stored.getUsername(), Instant.now(), right ? AuditAction.SIGN_IN
                    : AuditAction.SIGN_IN_REFUSED, RECORD_TYPE, stored.getId(), null,
                    stored.getUsername() + (right ? "" : ": wrong password " + failures));
            return null;
        });
        if (!right) {
            throw Throttle.refusal(failures);
        }
    }


    private void audit(String actor, AuditAction action, Long accountId, String detail) throws StoreException {
        database.write(em -> AuditLog.appendAs(em, actor, Instant.now(), action, RECORD_TYPE, accountId, null, detail));
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) : text;
    }

    @Override
    public List<UserAccount> users() throws StoreException {
        return database.read(em -> em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
                .getResultList());
    }

    /** A hash no password gives, checked against for unknown users so that they take as long. */
    private static final String DUMMY_HASH = Argon2Passwords.unmatchable();
}
