package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.patient.Patient;
import atlas.core.patient.Sex;
import atlas.core.security.Role;
import atlas.core.security.SignInRefused;
import atlas.core.security.UserAccount;
import atlas.core.store.AtRest;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.backup.DatabaseBackup;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.keys.KeySlot;
import atlas.store.internal.records.JpaPatientService;

/**
 * Encryption at rest of the embedded database (issue 8): the file, its backups and the key file
 * hold no readable patient name; the file opens only with a user's password or the recovery key;
 * deactivated users lose their key slot; wrong passwords are throttled before the database opens.
 * Everything on real H2 files, read back byte by byte.
 */
class EncryptionAtRestTest {

    private static final String FAMILY_NAME = "Zwetajewa";
    private static final char[] ADMIN_PASSWORD = "clinic-admin-2026".toCharArray();

    @TempDir
    Path work;

    @RegisterExtension
    final OpenedDatabases opened = new OpenedDatabases();

    private JpaClinicalDatabase store(String folder) {
        return opened.embedded(work.resolve(folder));
    }

    /** A clinic as after its first start: a patient, the administrator, the recovery key written down. */
    private String firstStart(JpaClinicalDatabase clinic) throws Exception {
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(patient());
        assertEquals(AtRest.KEY_NOT_PROTECTED, clinic.atRest(), "until the first administrator exists");
        new JpaUserService(clinic, TestSessions.of(clinic)).createFirstAdministrator("admin", "Clinic Administrator", ADMIN_PASSWORD);
        assertEquals(AtRest.ENCRYPTED, clinic.atRest());
        String recoveryKey = clinic.takeNewRecoveryKey();
        assertNotNull(recoveryKey, "the first administrator gets the recovery key to write down");
        assertEquals(null, clinic.takeNewRecoveryKey(), "shown once");
        return recoveryKey;
    }

    @Test
    void theDatabaseFileItsBackupAndTheKeyFileHoldNoReadablePatientName() throws Exception {
        JpaClinicalDatabase clinic = store("clinic");
        firstStart(clinic);
        Path backup = work.resolve("friday.zip");
        clinic.backup(backup);
        clinic.close();

        Path folder = work.resolve("clinic");
        assertFalse(contains(folder.resolve("atlas.mv.db"), FAMILY_NAME), "database file");
        assertFalse(contains(folder.resolve(DatabaseKeys.FILE), FAMILY_NAME), "key file");
        assertFalse(contains(backup, FAMILY_NAME), "backup zip");
        Path unzipped = unzip(backup, "atlas.mv.db");
        assertTrue(Files.size(unzipped) > 10_000, "the database copy is in the backup");
        assertFalse(contains(unzipped, FAMILY_NAME), "database copy inside the backup");
        assertFalse(Files.readString(folder.resolve(DatabaseKeys.FILE)).contains("unprotected"),
                "the key lies beside the file only wrapped");

        // the control: the same name is found when it is there to be found
        Path plain = Files.writeString(work.resolve("control.txt"), "Marina " + FAMILY_NAME);
        assertTrue(contains(plain, FAMILY_NAME));

        // a plain H2 client without the key reads nothing
        assertThrows(SQLException.class, () -> {
            try (Connection connection = new org.h2.Driver().connect(
                    "jdbc:h2:file:" + folder.resolve("atlas") + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r",
                    DatabaseSettings.embedded(folder).credentials())) {
                connection.createStatement().executeQuery("SELECT FAMILY_NAME FROM PATIENT");
            }
        });
    }

    @Test
    void aProtectedDatabaseOpensOnlyWithAUsersPasswordAndThrottlesWrongOnes() throws Exception {
        firstStart(store("clinic"));
        opened.get(0).close();

        JpaClinicalDatabase restarted = store("clinic");
        assertTrue(restarted.needsKey());
        StoreException locked = assertThrows(StoreException.class, restarted::open);
        assertEquals(StoreProblem.DATABASE_LOCKED, locked.problem());

        JpaUserService users = new JpaUserService(restarted, TestSessions.of(restarted));
        Instant now = Instant.parse("2026-11-27T08:00:00Z");
        char[] wrong = "not-the-password".toCharArray();
        assertEquals(Duration.ZERO, assertThrows(SignInRefused.class, () -> users.signIn("admin", wrong, now)).retryAfter());
        assertEquals(Duration.ZERO, assertThrows(SignInRefused.class, () -> users.signIn("admin", wrong, now)).retryAfter());
        SignInRefused third = assertThrows(SignInRefused.class, () -> users.signIn("admin", wrong, now));
        assertEquals(Duration.ofSeconds(30), third.retryAfter(), "the third wrong password in a row waits");
        assertThrows(SignInRefused.class, () -> users.signIn("admin", ADMIN_PASSWORD, now.plusSeconds(10)),
                "even the right password waits its turn");
        assertThrows(SignInRefused.class, () -> users.signIn("nobody", ADMIN_PASSWORD, now));
        assertFalse(restarted.isOpen());

        UserAccount admin = users.signIn("admin", ADMIN_PASSWORD, now.plusSeconds(31));
        assertTrue(restarted.isOpen());
        assertEquals(Role.ADMINISTRATOR, admin.getRole());
        assertEquals(1, new JpaPatientService(restarted, TestSessions.of(restarted)).count());
        assertEquals(0, restarted.encryption().keys().failures("admin"), "counted again from nothing");
        List<atlas.core.audit.AuditEvent> refused = new JpaAuditTrail(restarted, TestSessions.of(restarted)).search(new atlas.core.audit.AuditQuery(
                null, null, atlas.core.audit.AuditAction.SIGN_IN_REFUSED, null, null), 20);
        for (int wrongInARow = 1; wrongInARow <= 3; wrongInARow++) {
            String detail = "admin: wrong password " + wrongInARow + ", before the database opened";
            assertTrue(refused.stream().anyMatch(entry -> entry.getDetail().equals(detail)
                    && entry.getActor().equals("admin") && entry.getOccurredAt().equals(now)), detail + " in " + refused);
        }
        assertTrue(refused.stream().anyMatch(entry -> entry.getActor().equals("nobody")),
                "every try before the database opened is in the trail once it is open, in the name typed");
    }

    @Test
    void usersGetSlotsDeactivatedUsersLoseThemAndTheRecoveryKeySetsANewPassword() throws Exception {
        JpaClinicalDatabase clinic = store("clinic");
        String recoveryKey = firstStart(clinic);
        JpaUserService users = new JpaUserService(clinic, TestSessions.of(clinic));
        Instant now = Instant.parse("2026-11-27T08:00:00Z");
        UserAccount admin = users.signIn("admin", ADMIN_PASSWORD, now);
        UserAccount therapist = users.createUser(admin, new UserAccount("m.lehmann", "Maria Lehmann", Role.THERAPIST),
                "therapist-pass-1".toCharArray());
        users.createUser(admin, new UserAccount("f.desk", "Front Desk", Role.FRONT_DESK), "front-desk-pass".toCharArray());
        users.deactivate(admin, users.users().stream().filter(u -> u.getUsername().equals("f.desk")).findFirst()
                .orElseThrow());
        users.resetPassword(admin, therapist, "therapist-pass-2".toCharArray());
        clinic.close();

        assertNotNull(unlocked("m.lehmann", "therapist-pass-2"), "a new password opens the key");
        assertEquals(null, unlocked("m.lehmann", "therapist-pass-1"), "the old one no longer does");
        assertEquals(null, unlocked("f.desk", "front-desk-pass"), "a deactivated user has no slot");
        assertThrows(SignInRefused.class, () -> TestSessions.on(store("clinic"), JpaUserService::new).signIn("f.desk",
                "front-desk-pass".toCharArray(), now));

        // Key recovery: every administrator password lost; the recovery key, typed in lower case
        // with spaces instead of dashes, sets a new one.
        JpaClinicalDatabase recovering = store("clinic");
        assertFalse(recovering.encryption().unlockWithRecoveryKey("AAAA-BBBB".toCharArray()));
        assertTrue(recovering.encryption().unlockWithRecoveryKey(recoveryKey.toLowerCase().replace('-', ' ').toCharArray()));
        new JpaUserService(recovering, TestSessions.of(recovering)).setPasswordWithRecoveryKey("admin", "a-new-admin-pass".toCharArray());
        recovering.close();
        assertNotNull(unlocked("admin", "a-new-admin-pass"));
        assertEquals(null, unlocked("admin", new String(ADMIN_PASSWORD)));
    }

    @Test
    void anEncryptedBackupRestoresOnAnotherPcWithAUsersPassword() throws Exception {
        JpaClinicalDatabase clinic = store("clinic");
        String recoveryKey = firstStart(clinic);
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        clinic.close();

        assertEquals(StoreProblem.DATABASE_LOCKED,
                assertThrows(StoreException.class, () -> DatabaseBackup.keyOf(backup, null, null)).problem());
        assertEquals(StoreProblem.KEY_NOT_OPENED, assertThrows(StoreException.class,
                () -> DatabaseBackup.keyOf(backup, "admin", "wrong-password".toCharArray())).problem());
        assertEquals(1, DatabaseBackup.verify(backup, DatabaseBackup.keyOf(backup, null, recoveryKey.toCharArray()))
                .patients());

        Path newPc = work.resolve("new-pc");
        DatabaseBackup.restore(backup, newPc, DatabaseBackup.keyOf(backup, "admin", ADMIN_PASSWORD));
        JpaClinicalDatabase restored = store("new-pc");
        assertTrue(restored.needsKey(), "the restored copy is as protected as the original");
        new JpaUserService(restored, TestSessions.of(restored)).signIn("admin", ADMIN_PASSWORD, Instant.now());
        assertEquals(1, new JpaPatientService(restored, TestSessions.of(restored)).count());
    }

    @Test
    void anEncryptedFileWithoutItsKeyFileIsReportedAndNoNewKeyIsMade() throws Exception {
        JpaClinicalDatabase clinic = store("clinic");
        firstStart(clinic);
        clinic.close();
        Path keys = work.resolve("clinic").resolve(DatabaseKeys.FILE);
        Files.move(keys, work.resolve("atlas.keys.saved"));

        StoreException missing = assertThrows(StoreException.class, () -> store("clinic").open());
        assertEquals(StoreProblem.KEY_FILE_UNREADABLE, missing.problem());
        assertTrue(missing.getMessage().contains("newest backup"), missing.getMessage());
        assertFalse(Files.exists(keys), "no new key over a file another key encrypted");

        Files.move(work.resolve("atlas.keys.saved"), keys); // copied back, as the README says
        JpaClinicalDatabase restarted = store("clinic");
        new JpaUserService(restarted, TestSessions.of(restarted)).signIn("admin", ADMIN_PASSWORD, Instant.now());
        assertEquals(1, new JpaPatientService(restarted, TestSessions.of(restarted)).count());
    }

    @Test
    void aKeyFileCutShortIsReportedAsDamagedNotAsAWrongPassword() throws Exception {
        JpaClinicalDatabase clinic = store("clinic");
        firstStart(clinic);
        clinic.close();
        Path keys = work.resolve("clinic").resolve(DatabaseKeys.FILE);
        byte[] whole = Files.readAllBytes(keys);
        for (int length : new int[] {0, whole.length / 3, whole.length - 20}) {
            Files.write(keys, java.util.Arrays.copyOf(whole, length));
            StoreException cut = assertThrows(StoreException.class, () -> TestSessions.on(store("clinic"), JpaUserService::new)
                    .signIn("admin", ADMIN_PASSWORD, Instant.now()), "key file cut to " + length + " bytes");
            assertEquals(StoreProblem.KEY_FILE_UNREADABLE, cut.problem(), "key file cut to " + length + " bytes");
            assertTrue(cut.getMessage().contains("not a wrong password"), cut.getMessage());
        }
        Files.write(keys, whole); // the whole file again, as from the newest backup
        JpaClinicalDatabase restarted = store("clinic");
        new JpaUserService(restarted, TestSessions.of(restarted)).signIn("admin", ADMIN_PASSWORD, Instant.now());
        assertEquals(1, new JpaPatientService(restarted, TestSessions.of(restarted)).count());
    }

    @Test
    void aSlotCopiedToAnotherNameOrDamagedOpensNothing() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(work.resolve("keys"));
        byte[] key = DatabaseKeys.newKey();
        DatabaseKeys keys = DatabaseKeys.creating(folder);
        keys.protectFor("m.lehmann", "therapist-pass-1".toCharArray(), key);
        keys.newRecoveryKey(key);
        List<String> lines = Files.readAllLines(folder.resolve(DatabaseKeys.FILE));
        String slot = lines.stream().filter(line -> line.startsWith("user.m.lehmann=")).findFirst().orElseThrow();
        List<String> tampered = new ArrayList<>(lines);
        tampered.add(slot.replace("user.m.lehmann=", "user.intruder="));
        tampered.add(slot.replace("user.m.lehmann=", "user.damaged=").replace("$", "$!"));
        Files.write(folder.resolve(DatabaseKeys.FILE), tampered);

        DatabaseKeys read = DatabaseKeys.read(folder);
        assertTrue(java.util.Arrays.equals(key, read.openWithPassword("m.lehmann", "therapist-pass-1".toCharArray())));
        assertEquals(null, read.openWithPassword("intruder", "therapist-pass-1".toCharArray()),
                "the slot's name is bound into it (AES-GCM associated data)");
        // a damaged slot is told apart from a wrong password: the file, not the user, is at fault
        assertThrows(KeySlot.Damaged.class, () -> read.openWithPassword("damaged", "therapist-pass-1".toCharArray()));
        assertEquals(null, read.unprotectedKey(), "protected: the key is no longer kept unwrapped");
    }

    /** Whether the user's password opens the key of the clinic folder (without opening the database). */
    private byte[] unlocked(String username, String password) throws StoreException {
        return DatabaseKeys.read(work.resolve("clinic")).openWithPassword(username, password.toCharArray());
    }

    /** Whether the file's raw bytes hold the text, in UTF-8 or UTF-16 (H2 stores strings as UTF-8). */
    static boolean contains(Path file, String text) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        return indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0
                || indexOf(bytes, text.getBytes(StandardCharsets.UTF_16BE)) >= 0
                || indexOf(bytes, text.getBytes(StandardCharsets.UTF_16LE)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Path unzip(Path zip, String entryName) throws java.io.IOException {
        Path out = work.resolve("unzipped-" + entryName);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    Files.copy(entries, out);
                }
            }
        }
        return out;
    }

    private static Patient patient() {
        Patient patient = new Patient("P-0001", FAMILY_NAME, "Marina", LocalDate.of(1979, 10, 8), Sex.FEMALE);
        return patient;
    }
}
