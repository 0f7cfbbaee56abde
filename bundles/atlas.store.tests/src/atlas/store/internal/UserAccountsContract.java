package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.Role;
import atlas.core.security.SignInRefused;
import atlas.core.security.UserAccount;
import atlas.core.validation.ValidationException;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.Throttle;
import atlas.store.internal.audit.JpaAuditTrail;

/**
 * Users and sign-in on every database Atlas supports: the first administrator once, Argon2id
 * hashes with their own salt, wrong passwords throttled, user management refused to other roles
 * and the refusal audited.
 */
abstract class UserAccountsContract extends StoreTestBase {

    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");
    private JpaUserService users;

    private java.util.Locale before;

    @BeforeEach
    void userService() {
        before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH); // the messages are checked word for word
        users = new JpaUserService(database, TestSessions.of(database));
    }

    @org.junit.jupiter.api.AfterEach
    void restoreLocale() {
        if (before != null) { // null when the database was not there to test on
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theFirstAdministratorIsCreatedOnceWithASaltedArgon2idHash() throws Exception {
        assertFalse(users.hasUsers());
        ValidationException tooShort = assertThrows(ValidationException.class,
                () -> users.createFirstAdministrator("admin", "Clinic Administrator", "short".toCharArray()));
        assertEquals("password", tooShort.errors().get(0).field());
        UserAccount admin = users.createFirstAdministrator("admin", "Clinic Administrator", "correct horse 42".toCharArray());
        assertTrue(users.hasUsers());
        assertEquals(Role.ADMINISTRATOR, admin.getRole());
        assertTrue(admin.getPasswordHash().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), admin.getPasswordHash());
        assertFalse(admin.getPasswordHash().contains("correct horse"));
        assertThrows(ValidationException.class,
                () -> users.createFirstAdministrator("second", "Second Admin", "another password".toCharArray()));

        UserAccount maria = users.createUser(admin, new UserAccount("mlehmann", "Maria Lehmann, PT", Role.THERAPIST),
                "correct horse 42".toCharArray());
        assertNotEquals(admin.getPasswordHash(), maria.getPasswordHash(), "the same password, another salt");
        assertEquals("mlehmann", users.signIn("mlehmann", "correct horse 42".toCharArray(), NINE).getUsername());
    }

    @Test
    void wrongPasswordsAreThrottledAndAnsweredAlike() throws Exception {
        users.createFirstAdministrator("admin", "Clinic Administrator", "correct horse 42".toCharArray());
        SignInRefused unknown = assertThrows(SignInRefused.class, () -> users.signIn("nobody", "x".toCharArray(), NINE));
        SignInRefused wrong = assertThrows(SignInRefused.class, () -> users.signIn("admin", "wrong one".toCharArray(), NINE));
        assertEquals(unknown.getMessage(), wrong.getMessage(), "an unknown name and a wrong password read the same");
        assertEquals(Duration.ZERO, wrong.retryAfter());
        assertThrows(SignInRefused.class, () -> users.signIn("admin", "wrong two".toCharArray(), NINE));
        SignInRefused third = assertThrows(SignInRefused.class,
                () -> users.signIn("admin", "wrong three".toCharArray(), NINE));
        assertEquals(Duration.ofSeconds(30), third.retryAfter());
        assertEquals("Too many wrong passwords: wait 30 seconds before the next try.", third.getMessage());

        SignInRefused waiting = assertThrows(SignInRefused.class,
                () -> users.signIn("admin", "correct horse 42".toCharArray(), NINE.plusSeconds(10)));
        assertEquals(Duration.ofSeconds(20), waiting.retryAfter(), "the right password waits too");
        SignInRefused fourth = assertThrows(SignInRefused.class,
                () -> users.signIn("admin", "wrong four".toCharArray(), NINE.plusSeconds(31)));
        assertEquals(Duration.ofSeconds(60), fourth.retryAfter(), "doubling");
        assertEquals("admin", users.signIn("admin", "correct horse 42".toCharArray(), NINE.plusSeconds(92)).getUsername());
        assertThrows(SignInRefused.class, () -> users.signIn("admin", "wrong again".toCharArray(), NINE.plusSeconds(93)));
        assertEquals(Duration.ZERO, assertThrows(SignInRefused.class,
                () -> users.signIn("admin", "wrong again".toCharArray(), NINE.plusSeconds(94))).retryAfter(),
                "a success starts the count again");
        assertEquals(Duration.ofMinutes(15), Throttle.wait(20), "never more than 15 minutes");

        AuditEvent last = new JpaAuditTrail(database, TestSessions.of(database)).events(1, 1000).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(AuditAction.SIGN_IN_REFUSED, last.getAction());
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        UserAccount admin = users.createFirstAdministrator("admin", "Clinic Administrator",
                "first-admin-pass".toCharArray());
        SignInRefused wrongCurrent = assertThrows(SignInRefused.class, () -> users.changeOwnPassword(admin,
                "not-the-password".toCharArray(), "second-admin-pass".toCharArray(), NINE));
        assertEquals("The user name or the password is wrong.", wrongCurrent.getMessage());
        ValidationException tooShort = assertThrows(ValidationException.class, () -> users.changeOwnPassword(admin,
                "first-admin-pass".toCharArray(), "short".toCharArray(), NINE));
        assertEquals("password", tooShort.errors().get(0).field());

        users.changeOwnPassword(admin, "first-admin-pass".toCharArray(), "second-admin-pass".toCharArray(), NINE);
        assertThrows(SignInRefused.class, () -> users.signIn("admin", "first-admin-pass".toCharArray(), NINE));
        assertEquals("admin", users.signIn("admin", "second-admin-pass".toCharArray(), NINE).getUsername(),
                "the new password signs in (the wrong tries before were counted, but fewer than three)");
        if (database.encryption() != null) {
            assertTrue(database.encryption().keys().openWithPassword("admin", "second-admin-pass".toCharArray()) != null,
                    "the new password opens the encrypted file's key too");
        }
    }

    @Test
    void onlyTheAdministratorManagesUsersAndARefusalIsAudited() throws Exception {
        UserAccount admin = users.createFirstAdministrator("admin", "Clinic Administrator", "correct horse 42".toCharArray());
        UserAccount desk = users.createUser(admin, new UserAccount("desk", "Front Desk", Role.FRONT_DESK),
                "front desk pass 1".toCharArray());
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> users.createUser(desk,
                new UserAccount("intruder", "Intruder", Role.ADMINISTRATOR), "intruder pass 1".toCharArray()));
        assertEquals(Permission.MANAGE_USERS, refused.permission());
        assertEquals("desk (front desk) may not manage users.", refused.getMessage());
        assertEquals(2, users.users().size(), "nothing created");
        AuditEvent last = new JpaAuditTrail(database, TestSessions.of(database)).events(1, 1000).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(AuditAction.ACCESS_DENIED, last.getAction());
        assertTrue(new JpaAuditTrail(database, TestSessions.of(database)).verify().intact());
    }

    @Test
    void rolesGrantWhatTheClinicNeedsAndNoMore() {
        assertTrue(Role.THERAPIST.allows(Permission.CLINICAL_READ));
        assertFalse(Role.FRONT_DESK.allows(Permission.CLINICAL_READ), "front desk: demographics and visits only");
        assertTrue(Role.FRONT_DESK.allows(Permission.VISITS));
        assertFalse(Role.ADMINISTRATOR.allows(Permission.CLINICAL_READ), "the administrator reads no record");
        assertTrue(Role.ADMINISTRATOR.allows(Permission.READ_AUDIT));
    }
}
