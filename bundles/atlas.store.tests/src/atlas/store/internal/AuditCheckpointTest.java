package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditVerification;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.audit.AuditChainCheck;
import atlas.store.internal.audit.AuditSeal;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.backup.DatabaseBackup;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.records.JpaPatientService;

/**
 * Issue 14, finding 5: whoever holds the database key can delete the trail's tail and move the
 * chain head back, or edit an entry and recompute the chain after it - the hash chain alone then
 * verifies as intact. Signed checkpoints of the head (a key only administrators' passwords open)
 * catch both, in the running database and in a backup, and a forged checkpoint is caught too.
 */
class AuditCheckpointTest {

    @TempDir
    Path work;

    @RegisterExtension
    final OpenedDatabases opened = new OpenedDatabases();

    /** A clinic with patients, an administrator's sign-in (the first checkpoint) and a backup for its file key. */
    private String clinicWithCheckpoints(Path folder) throws Exception {
        JpaClinicalDatabase clinic = TestClinic.create(folder);
        new JpaPatientService(clinic, TestSessions.of(clinic)).registerAll(List.of(patient("P-1", "Keller"), patient("P-2", "Novak")));
        clinic.close();
        JpaClinicalDatabase admin = TestClinic.reopen(folder); // signs the head
        new JpaPatientService(admin, TestSessions.of(admin)).registerAll(List.of(patient("P-3", "Moreau"), patient("P-4", "Weber")));
        Path backup = work.resolve("key-of-" + folder.getFileName() + ".zip");
        admin.backup(backup);
        admin.close(); // signs the head again, with the last entries
        return TestClinic.keyOf(backup);
    }

    @Test
    void onlyAnAdministratorsPasswordOpensTheSigningKeyWhichSignsTheHead() throws Exception {
        Path folder = work.resolve("clinic");
        clinicWithCheckpoints(folder);
        List<AuditSeal.Checkpoint> checkpoints = AuditSeal.read(folder.resolve(AuditSeal.FILE));
        assertEquals(2, checkpoints.size(), "the administrator's sign-in and the close");
        assertTrue(checkpoints.get(1).sequence() > checkpoints.get(0).sequence());
        assertEquals("admin", checkpoints.get(1).signer());
        String keys = Files.readString(folder.resolve(DatabaseKeys.FILE));
        assertTrue(keys.contains("audit.public=") && keys.contains("audit.user.admin="), keys);

        JpaClinicalDatabase clinic = TestClinic.reopen(folder);
        opened.add(clinic);
        JpaUserService users = new JpaUserService(clinic, TestSessions.of(clinic));
        UserAccount admin = users.users().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow();
        users.createUser(admin, new UserAccount("mlehmann", "Maria Lehmann, PT", Role.THERAPIST),
                "therapist password 1".toCharArray());
        users.createUser(admin, new UserAccount("second.admin", "Second Administrator", Role.ADMINISTRATOR),
                "second admin password 1".toCharArray());
        keys = Files.readString(folder.resolve(DatabaseKeys.FILE));
        assertTrue(keys.contains("audit.user.second.admin="), "a new administrator can sign checkpoints");
        assertFalse(keys.contains("audit.user.mlehmann"), "a therapist cannot");
        assertTrue(new JpaAuditTrail(clinic, TestSessions.of(clinic)).verify().intact());
        int before = AuditSeal.read(folder.resolve(AuditSeal.FILE)).size();
        users.signIn("mlehmann", "therapist password 1".toCharArray(), Instant.now());
        clinic.close();
        assertEquals(before, AuditSeal.read(folder.resolve(AuditSeal.FILE)).size(),
                "a therapist's sign-in closes the signing key: nothing signed at close");
    }

    @Test
    void aTrailCutShortWithItsHeadMovedBackIsCaught() throws Exception {
        Path folder = work.resolve("clinic");
        String key = clinicWithCheckpoints(folder);
        try (Connection connection = plain(folder, key)) {
            long head = head(connection);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM AUDIT_EVENT WHERE SEQUENCE_NO > " + (head - 2));
            }
            moveHeadTo(connection, head - 2);
            assertTrue(AuditChainCheck.verify(connection).intact(), "the chain alone sees nothing wrong");
            AuditVerification sealed = sealed(connection, folder);
            assertFalse(sealed.intact());
            assertTrue(sealed.problem().contains("entries were removed"), sealed.problem());
        }
        JpaClinicalDatabase clinic = TestClinic.reopen(folder);
        opened.add(clinic);
        assertFalse(new JpaAuditTrail(clinic, TestSessions.of(clinic)).verify().intact(), "Audit Trail > Verify Chain says so");
    }

    @Test
    void anEntryEditedWithTheChainRecomputedAfterItIsCaught() throws Exception {
        Path folder = work.resolve("clinic");
        String key = clinicWithCheckpoints(folder);
        try (Connection connection = plain(folder, key)) {
            rewriteFrom(connection, 3, "nothing happened");
            assertTrue(AuditChainCheck.verify(connection).intact(), "the chain alone sees nothing wrong");
            AuditVerification sealed = sealed(connection, folder);
            assertFalse(sealed.intact());
            assertTrue(sealed.problem().contains("differs from its checkpoint"), sealed.problem());
        }
    }

    @Test
    void aForgedCheckpointAndARemovedCheckpointFileAreCaught() throws Exception {
        Path folder = work.resolve("clinic");
        String key = clinicWithCheckpoints(folder);
        Path file = folder.resolve(AuditSeal.FILE);
        List<String> lines = Files.readAllLines(file);
        try (Connection connection = plain(folder, key)) {
            rewriteFrom(connection, 3, "nothing happened");
            // the forger writes the new hash into the checkpoint, but cannot sign it
            long last = AuditSeal.Checkpoint.parse(lines.get(1)).sequence();
            String newHash;
            try (PreparedStatement hash = connection.prepareStatement("SELECT ENTRY_HASH FROM AUDIT_EVENT WHERE SEQUENCE_NO = ?")) {
                hash.setLong(1, last);
                try (ResultSet row = hash.executeQuery()) {
                    row.next();
                    newHash = row.getString(1);
                }
            }
            List<String> forged = new ArrayList<>();
            for (String line : lines) {
                AuditSeal.Checkpoint c = AuditSeal.Checkpoint.parse(line);
                forged.add(c.sequence() >= 3 ? new AuditSeal.Checkpoint(c.sequence(), c.sequence() == last ? newHash
                        : c.hash(), c.at(), c.signer(), c.signature()).line() : line);
            }
            Files.write(file, forged);
            AuditVerification sealed = sealed(connection, folder);
            assertFalse(sealed.intact());
            assertTrue(sealed.problem().contains("forged") || sealed.problem().contains("differs"), sealed.problem());

            Files.delete(file);
            sealed = sealed(connection, folder);
            assertFalse(sealed.intact());
            assertTrue(sealed.problem().contains("checkpoints are missing"), sealed.problem());
        }
    }

    @Test
    void aBackupCarriesItsCheckpointsAndACopyCutShortIsRefused() throws Exception {
        Path folder = work.resolve("clinic");
        clinicWithCheckpoints(folder);
        JpaClinicalDatabase clinic = TestClinic.reopen(folder);
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        clinic.close();
        String key = TestClinic.keyOf(backup);
        assertTrue(DatabaseBackup.verify(backup, key).auditEntries() > 0);

        Path extracted = Files.createDirectories(work.resolve("extracted"));
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(backup)) {
            for (String name : List.of(DatabaseBackup.DATABASE_FILE, DatabaseKeys.FILE, AuditSeal.FILE)) {
                Files.copy(zip.getPath(name), extracted.resolve(name));
            }
        }
        try (Connection connection = plain(extracted, key)) {
            long head = head(connection);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM AUDIT_EVENT WHERE SEQUENCE_NO > " + (head - 3));
            }
            moveHeadTo(connection, head - 3);
        }
        Path cut = work.resolve("cut.zip");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(cut))) {
            for (String name : List.of(DatabaseBackup.DATABASE_FILE, DatabaseKeys.FILE, AuditSeal.FILE)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                Files.copy(extracted.resolve(name), zip);
                zip.closeEntry();
            }
        }
        StoreException refused = assertThrows(StoreException.class, () -> DatabaseBackup.verify(cut, key));
        assertEquals(StoreProblem.BACKUP_TAMPERED, refused.problem());
        assertTrue(refused.getMessage().contains("entries were removed"), refused.getMessage());
    }

    private static Connection plain(Path folder, String key) throws SQLException {
        DatabaseSettings file = DatabaseSettings.embedded(folder).encrypted(key);
        return new org.h2.Driver().connect(file.jdbcUrl(), file.credentials());
    }

    private static AuditVerification sealed(Connection connection, Path folder) throws Exception {
        return AuditSeal.verify(AuditChainCheck.verify(connection), connection,
                AuditSeal.read(folder.resolve(AuditSeal.FILE)), DatabaseKeys.read(folder).auditPublicKey());
    }

    private static long head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT LAST_SEQUENCE FROM AUDIT_CHAIN")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void moveHeadTo(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE AUDIT_CHAIN SET LAST_SEQUENCE = ?,"
                + " LAST_HASH = (SELECT ENTRY_HASH FROM AUDIT_EVENT WHERE SEQUENCE_NO = ?)")) {
            update.setLong(1, sequence);
            update.setLong(2, sequence);
            update.executeUpdate();
        }
    }

    /** What a forger with the key does: edits entry {@code from} and recomputes every hash after it. */
    private static void rewriteFrom(Connection connection, long from, String detail) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(AuditChainCheck.ENTRIES)) {
            while (row.next()) {
                rows.add(new Object[] { row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getObject(6, Long.class), row.getObject(7, Long.class), row.getString(8),
                        row.getString(9), row.getString(10) });
            }
        }
        String previous = null;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE AUDIT_EVENT SET DETAIL = ?, PREVIOUS_HASH = ?, ENTRY_HASH = ? WHERE SEQUENCE_NO = ?")) {
            for (Object[] r : rows) {
                long sequence = (Long) r[0];
                if (sequence < from) {
                    previous = (String) r[9];
                    continue;
                }
                String text = sequence == from ? detail : (String) r[7];
                AuditEvent event = new AuditEvent(sequence, Instant.ofEpochMilli((Long) r[1]), (String) r[2],
                        AuditAction.valueOf((String) r[3]), (String) r[4], (Long) r[5], (Long) r[6], text, previous);
                update.setString(1, text);
                update.setString(2, previous);
                update.setString(3, event.getHash());
                update.setLong(4, sequence);
                update.executeUpdate();
                previous = event.getHash();
            }
        }
        try (PreparedStatement head = connection.prepareStatement("UPDATE AUDIT_CHAIN SET LAST_HASH = ?")) {
            head.setString(1, previous);
            head.executeUpdate();
        }
    }
}
