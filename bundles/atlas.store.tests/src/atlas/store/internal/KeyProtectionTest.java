package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.security.Role;
import atlas.core.security.SignInRefused;
import atlas.core.security.UserAccount;
import atlas.core.store.AtRest;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.backup.DatabaseBackup;
import atlas.store.internal.keys.Argon2Passwords;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.keys.KeyRenewal;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.Records;

/**
 * Issue 14, finding 2: the database key never lies unwrapped anywhere - not beside a new clinic's
 * file, not in a backup - it is renewed (and the file encrypted again) where it may have been seen,
 * and what Atlas writes is its user's alone. On real H2 files, read back byte by byte.
 */
class KeyProtectionTest {

    private static final char[] PASSWORD = TestClinic.PASSWORD.toCharArray();

    @TempDir
    Path work;

    @RegisterExtension
    final OpenedDatabases opened = new OpenedDatabases();

    private JpaClinicalDatabase store(Path folder) {
        return opened.embedded(folder);
    }

    @Test
    void aNewClinicsKeyIsNeverWrittenInTheClearAndABackupCarriesItOnlyWrapped() throws Exception {
        Path folder = work.resolve("clinic");
        JpaClinicalDatabase clinic = store(folder);
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(ClinicalDatabaseTest.patient("P-1", "Keller"));
        String key = clinic.encryption().fileKey();
        assertEquals(AtRest.KEY_NOT_PROTECTED, clinic.atRest());
        assertFalse(anyFileHolds(folder, key), "before its administrator exists the key is in memory only");
        StoreException refused = assertThrows(StoreException.class, () -> clinic.backup(work.resolve("early.zip")));
        assertEquals(StoreProblem.BACKUP_KEY_NOT_PROTECTED, refused.problem(), "no backup could be opened, or hide it");
        assertFalse(Files.exists(work.resolve("early.zip")));

        new JpaUserService(clinic, TestSessions.of(clinic)).createFirstAdministrator(TestClinic.ADMINISTRATOR, "Clinic Administrator", PASSWORD);
        assertEquals(AtRest.ENCRYPTED, clinic.atRest());
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        clinic.close();

        assertFalse(anyFileHolds(folder, key), "the data folder holds the key only wrapped");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            String keyFile = new String(zip.getInputStream(zip.getEntry(DatabaseKeys.FILE)).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertFalse(keyFile.contains("unprotected") || keyFile.contains(key), keyFile);
            assertTrue(keyFile.contains("user." + TestClinic.ADMINISTRATOR + "=") && keyFile.contains("recovery="));
        }
        assertEquals(1, DatabaseBackup.verify(backup, TestClinic.keyOf(backup)).patients(),
                "and the administrator's password opens the backup");
    }

    /** The first-day checklist's recovery key step: done when said written down, undone by every new key, kept on disk. */
    @Test
    void aRecoveryKeyIsWrittenDownUntilANewOneReplacesIt() throws Exception {
        Path folder = work.resolve("clinic");
        JpaClinicalDatabase clinic = TestClinic.create(folder);
        opened.add(clinic);
        assertNotNull(clinic.takeNewRecoveryKey());
        assertEquals(java.util.Optional.empty(), clinic.recoveryKeyWrittenDownAt(), "shown, not yet said written down");
        clinic.recoveryKeyWrittenDown();
        assertTrue(clinic.recoveryKeyWrittenDownAt().isPresent());
        clinic.close();
        JpaClinicalDatabase again = store(folder);
        assertTrue(again.recoveryKeyWrittenDownAt().isPresent(), "kept with the key slots");
        // the records open with the administrator's password; a new key is an administrator's task
        new JpaUserService(again, TestSessions.of(again)).signIn(TestClinic.ADMINISTRATOR, PASSWORD, Instant.now());
        assertNotNull(again.newRecoveryKey());
        assertEquals(java.util.Optional.empty(), again.recoveryKeyWrittenDownAt(), "a new key is not written down yet");
    }

    @Test
    void aFirstStartLeftBeforeItsAdministratorStartsAfreshAndPutsTheUnopenableFileAside() throws Exception {
        Path folder = work.resolve("clinic");
        JpaClinicalDatabase abandoned = store(folder);
        new JpaPatientService(abandoned, TestSessions.of(abandoned)).register(ClinicalDatabaseTest.patient("P-1", "Keller"));
        abandoned.close(); // the first-administrator dialog was left with Quit

        JpaClinicalDatabase again = store(folder);
        assertEquals(0, new JpaPatientService(again, TestSessions.of(again)).count(), "a new clinic");
        assertTrue(names(folder).stream().anyMatch(name -> name.startsWith("atlas.mv.db.abandoned-")), names(folder)
                .toString());
    }

    @Test
    void changingTheKeyLocksOutKeyFilesAndBackupsFromBeforeAndOthersRenewTheirAccess() throws Exception {
        Path folder = work.resolve("clinic");
        JpaClinicalDatabase clinic = TestClinic.create(folder);
        opened.add(clinic);
        String oldRecoveryKey = clinic.takeNewRecoveryKey();
        JpaUserService users = new JpaUserService(clinic, TestSessions.of(clinic));
        UserAccount admin = users.signIn(TestClinic.ADMINISTRATOR, PASSWORD, Instant.now());
        users.createUser(admin, new UserAccount("m.lehmann", "Maria Lehmann", Role.THERAPIST), "therapist-pass-1".toCharArray());
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(ClinicalDatabaseTest.patient("P-1", "Keller"));
        Path before = work.resolve("before.zip");
        clinic.backup(before);
        Path oldKeys = Files.copy(folder.resolve(DatabaseKeys.FILE), work.resolve("atlas.keys.old"));
        String oldKey = clinic.encryption().fileKey();

        assertThrows(SignInRefused.class, () -> users.changeDatabaseKey(admin, "wrong-password".toCharArray(), Instant.now()));
        assertEquals(oldKey, clinic.encryption().fileKey(), "a wrong password changes nothing");
        users.changeDatabaseKey(admin, PASSWORD, Instant.now());
        String newRecoveryKey = clinic.takeNewRecoveryKey();
        assertNotNull(newRecoveryKey);
        assertFalse(oldKey.equals(clinic.encryption().fileKey()));
        assertEquals(1, new JpaPatientService(clinic, TestSessions.of(clinic)).count(), "the records, read through the new key");
        clinic.close();

        // the key an old key file opens does not open the current file; it still opens its own backup
        byte[] fromOldFile = DatabaseKeys.read(work, "atlas.keys.old").openWithPassword(TestClinic.ADMINISTRATOR, PASSWORD);
        assertEquals(oldKey, DatabaseKeys.hex(fromOldFile));
        assertThrows(SQLException.class, () -> openWithKey(folder, oldKey));
        assertEquals(1, DatabaseBackup.verify(before, TestClinic.keyOf(before)).patients(), "the backup opens with its own key");
        assertEquals(null, DatabaseKeys.read(folder).openWithRecoveryKey(oldRecoveryKey.toCharArray()));
        assertNotNull(DatabaseKeys.read(folder).openWithRecoveryKey(newRecoveryKey.toCharArray()));
        assertTrue(Files.exists(oldKeys));

        // the therapist's slot wrapped the old key: at the next start her password is told why
        JpaClinicalDatabase nextStart = store(folder);
        SignInRefused renewed = assertThrows(SignInRefused.class,
                () -> new JpaUserService(nextStart, TestSessions.of(nextStart)).signIn("m.lehmann", "therapist-pass-1".toCharArray(), Instant.now()));
        assertTrue(renewed.getMessage().contains("renewed"), renewed.getMessage());
        // once an administrator opened the records, her sign-in renews her access
        JpaUserService signIns = new JpaUserService(nextStart, TestSessions.of(nextStart));
        signIns.signIn(TestClinic.ADMINISTRATOR, PASSWORD, Instant.now());
        signIns.signIn("m.lehmann", "therapist-pass-1".toCharArray(), Instant.now());
        nextStart.close();
        assertNotNull(DatabaseKeys.read(folder).openWithPassword("m.lehmann", "therapist-pass-1".toCharArray()));
        assertTrue(TestSessions.on(reopen(folder), JpaAuditTrail::new).search(new atlas.core.audit.AuditQuery(null, null,
                atlas.core.audit.AuditAction.UPDATE, null, null), 50).stream()
                .anyMatch(entry -> "DatabaseKey".equals(entry.getRecordType())
                        && entry.getDetail().startsWith("key renewed, changed by admin")), "the change is audited");
    }

    @Test
    void aKeyLeftUnwrappedByAtlas01IsRenewedAtTheAdministratorsSignIn() throws Exception {
        // A data folder as Atlas 0.1 left it before any administrator signed in: key file with the
        // key in the clear (it went into every backup), users in the database.
        Path folder = Files.createDirectories(work.resolve("clinic"));
        String oldKey = DatabaseKeys.hex(DatabaseKeys.newKey());
        Properties legacy = new Properties();
        legacy.setProperty("unprotected", oldKey);
        try (var out = Files.newOutputStream(folder.resolve(DatabaseKeys.FILE))) {
            legacy.store(out, null);
        }
        JpaClinicalDatabase old = store(folder);
        UserAccount account = new UserAccount(TestClinic.ADMINISTRATOR, "Clinic Administrator", Role.ADMINISTRATOR);
        account.setPasswordHash(Argon2Passwords.hash(PASSWORD));
        old.write(em -> Records.create(em, account, account.validate(), JpaUserService.RECORD_TYPE,
                UserAccount::getId, null, "administrator of Atlas 0.1"));
        new JpaPatientService(old, TestSessions.of(old)).register(ClinicalDatabaseTest.patient("P-1", "Keller"));
        old.close();

        JpaClinicalDatabase upgraded = store(folder);
        upgraded.open(); // the unwrapped key still opens it, until an administrator signs in
        TestSessions.of(upgraded);
        assertEquals(AtRest.KEY_NOT_PROTECTED, upgraded.atRest());
        assertEquals(StoreProblem.BACKUP_KEY_NOT_PROTECTED,
                assertThrows(StoreException.class, () -> upgraded.backup(work.resolve("b.zip"))).problem());
        new JpaUserService(upgraded, TestSessions.of(upgraded)).signIn(TestClinic.ADMINISTRATOR, PASSWORD, Instant.now());
        assertEquals(AtRest.ENCRYPTED, upgraded.atRest());
        assertNotNull(upgraded.takeNewRecoveryKey(), "the administrator writes the new recovery key down");
        assertEquals(1, new JpaPatientService(upgraded, TestSessions.of(upgraded)).count());
        upgraded.close();

        assertFalse(Files.readString(folder.resolve(DatabaseKeys.FILE)).contains("unprotected"));
        assertThrows(SQLException.class, () -> openWithKey(folder, oldKey), "backups' key no longer opens it");
        assertEquals(1, TestSessions.on(reopen(folder), JpaPatientService::new).count());
    }

    @Test
    void aRenewalInterruptedByACrashIsFinishedOrDroppedAtTheNextStart() throws Exception {
        Path folder = work.resolve("clinic");
        JpaClinicalDatabase clinic = TestClinic.create(folder);
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(ClinicalDatabaseTest.patient("P-1", "Keller"));
        clinic.close();
        Path oldFile = Files.copy(folder.resolve("atlas.mv.db"), work.resolve("old.mv.db"));
        Path oldKeys = Files.copy(folder.resolve(DatabaseKeys.FILE), work.resolve("old.keys"));
        clinic = TestClinic.reopen(folder);
        UserAccount admin = new JpaUserService(clinic, TestSessions.of(clinic)).users().get(0);
        new JpaUserService(clinic, TestSessions.of(clinic)).changeDatabaseKey(admin, PASSWORD, Instant.now());
        clinic.close();
        Path newFile = Files.copy(folder.resolve("atlas.mv.db"), work.resolve("new.mv.db"));
        Path newKeys = Files.copy(folder.resolve(DatabaseKeys.FILE), work.resolve("new.keys"));

        // stopped after the new file replaced the old one, before its key file followed
        Path finished = Files.createDirectories(work.resolve("finished"));
        Files.copy(newFile, finished.resolve("atlas.mv.db"));
        Files.copy(oldKeys, finished.resolve(DatabaseKeys.FILE));
        Files.copy(newKeys, finished.resolve(KeyRenewal.NEXT));
        assertEquals(1, TestSessions.on(reopen(finished), JpaPatientService::new).count(), "the renewal is finished");
        assertFalse(Files.exists(finished.resolve(KeyRenewal.NEXT)));

        // stopped before the file was replaced: the old pair stays
        Path dropped = Files.createDirectories(work.resolve("dropped"));
        Files.copy(oldFile, dropped.resolve("atlas.mv.db"));
        Files.copy(oldKeys, dropped.resolve(DatabaseKeys.FILE));
        Files.copy(newKeys, dropped.resolve(KeyRenewal.NEXT));
        Files.createDirectories(dropped.resolve(KeyRenewal.STAGING));
        assertEquals(1, TestSessions.on(reopen(dropped), JpaPatientService::new).count(), "the renewal is dropped");
        assertFalse(Files.exists(dropped.resolve(KeyRenewal.NEXT)) || Files.exists(dropped.resolve(KeyRenewal.STAGING)));
    }

    private JpaClinicalDatabase reopen(Path folder) throws Exception {
        JpaClinicalDatabase database = TestClinic.reopen(folder);
        opened.add(database);
        return database;
    }

    @Test
    void whatAtlasWritesIsItsUsersAloneWhateverTheUmask() throws Exception {
        // the tests' JVM runs with the session's umask (022 on most systems): files it creates are
        // world-readable unless Atlas makes them otherwise
        Path folder = work.resolve("clinic");
        JpaClinicalDatabase clinic = TestClinic.create(folder);
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(ClinicalDatabaseTest.patient("P-1", "Keller"));
        clinic.backup(folder.resolve("backups").resolve("manual.zip"));
        Path elsewhere = Files.createDirectories(work.resolve("usb-stick"));
        clinic.backup(elsewhere.resolve("copy.zip"));
        clinic.close();
        Path restored = work.resolve("restored");
        DatabaseBackup.restore(elsewhere.resolve("copy.zip"), restored, TestClinic.keyOf(elsewhere.resolve("copy.zip")));

        List<String> exposed = new ArrayList<>();
        for (Path root : List.of(folder, restored)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.collect(Collectors.toList())) {
                    String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                    if (!permissions.equals(Files.isDirectory(path) ? "rwx------" : "rw-------")) {
                        exposed.add(work.relativize(path) + " " + permissions);
                    }
                }
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere.resolve("copy.zip"))));
        assertEquals(List.of(), exposed);
    }

    /** Opens the file with a raw key, without Atlas (as someone holding an old key file would). */
    private static void openWithKey(Path folder, String key) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(folder).encrypted(key);
        try (Connection connection = new org.h2.Driver().connect(settings.jdbcUrl() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r",
                settings.credentials())) {
            connection.createStatement().executeQuery("SELECT COUNT(*) FROM PATIENT").close();
        }
    }

    /** Whether any file below the folder holds the key, as hex text or as raw bytes. */
    private static boolean anyFileHolds(Path folder, String hexKey) throws Exception {
        byte[] raw = HexFormat.of().parseHex(hexKey);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                byte[] bytes = Files.readAllBytes(file);
                if (new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase().contains(hexKey)
                        || new String(bytes, StandardCharsets.ISO_8859_1).contains(new String(raw, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
