package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.store.BackupCheck;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.backup.DatabaseBackup;
import atlas.store.internal.keys.DatabaseKeys;
import atlas.store.internal.records.JpaPatientService;

/** Online backup, verification and restore of the embedded database, on real files. */
class BackupTest {

    @TempDir
    Path work;

    private final List<JpaClinicalDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        System.clearProperty(JpaClinicalDatabase.BACKUP_ON_CLOSE_PROPERTY);
        opened.forEach(JpaClinicalDatabase::close);
    }

    /** A new clinic (its first administrator protects the key, which backups carry wrapped). */
    private JpaClinicalDatabase clinic(String folder) throws StoreException {
        JpaClinicalDatabase database = TestClinic.create(work.resolve(folder));
        opened.add(database);
        return database;
    }

    /** The clinic of {@code folder} opened by the administrator's sign-in, after a restore say. */
    private JpaClinicalDatabase open(String folder) throws Exception {
        JpaClinicalDatabase database = TestClinic.reopen(work.resolve(folder));
        opened.add(database);
        return database;
    }

    @Test
    void aBackupTakenWhileAtlasWorksRestoresIntoAnotherFolder() throws Exception {
        JpaClinicalDatabase clinic = clinic("clinic");
        JpaPatientService patients = new JpaPatientService(clinic, TestSessions.of(clinic));
        patients.registerAll(List.of(patient("P-1", "Keller"), patient("P-2", "Novak"), patient("P-3", "Moreau")));
        Path backup = work.resolve("monday.zip");

        BackupCheck check = clinic.backup(backup);
        patients.register(patient("P-4", "Weber")); // after the backup: not in it

        assertEquals(3, check.patients());
        assertEquals(SchemaVersion.CURRENT, check.schemaVersion());
        Path restored = work.resolve("restored");
        assertEquals(3, DatabaseBackup.restore(backup, restored, TestClinic.keyOf(backup)).patients());
        assertEquals(3, TestSessions.on(open("restored"), JpaPatientService::new).count());
        assertEquals(4, patients.count(), "the running database is unaffected");
    }

    @Test
    void aDamagedOrTruncatedBackupIsRefusedAndTheCurrentDatabaseIsUntouched() throws Exception {
        JpaClinicalDatabase clinic = clinic("clinic");
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(patient("P-1", "Keller"));
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        clinic.close();
        byte[] before = Files.readAllBytes(work.resolve("clinic").resolve("atlas.mv.db"));

        byte[] bytes = Files.readAllBytes(backup);
        Path flipped = work.resolve("flipped.zip");
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(flipped, bytes);
        Path truncated = work.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(backup), bytes.length / 3));
        Path notABackup = Files.writeString(work.resolve("notes.zip"), "shopping list");

        for (Path damaged : List.of(flipped, truncated, notABackup)) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> DatabaseBackup.restore(damaged, work.resolve("clinic"), null), damaged.toString());
            assertEquals(StoreProblem.BACKUP_DAMAGED, refused.problem());
            assertTrue(refused.getMessage().contains("Nothing was restored"), refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(work.resolve("clinic").resolve("atlas.mv.db")));
        assertEquals(List.of("atlas.keys", "atlas.lock", "atlas.mv.db"), fileNames(work.resolve("clinic")));
    }

    @Test
    void aRestoreIntoAFolderWhereAtlasRunsIsRefused() throws Exception {
        JpaClinicalDatabase clinic = clinic("clinic");
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        StoreException refused = assertThrows(StoreException.class,
                () -> DatabaseBackup.restore(backup, work.resolve("clinic"), TestClinic.keyOf(backup)));
        assertEquals(StoreProblem.DATABASE_IN_USE, refused.problem());
    }

    @Test
    void aRestoreKeepsTheDatabaseItReplaces() throws Exception {
        JpaClinicalDatabase clinic = clinic("clinic");
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(patient("P-1", "Keller"));
        clinic.close();

        DatabaseBackup.restore(backup, work.resolve("clinic"), TestClinic.keyOf(backup));
        assertTrue(fileNames(work.resolve("clinic")).stream().anyMatch(n -> n.startsWith("atlas.mv.db.replaced-")));
        assertTrue(fileNames(work.resolve("clinic")).stream().anyMatch(n -> n.startsWith("atlas.keys.replaced-")),
                "the key file that opens the replaced database is kept with it");
        assertEquals(0, TestSessions.on(open("clinic"), JpaPatientService::new).count());
    }

    @Test
    void closingBacksUpWhenConfiguredAndKeepsTheNewest() throws Exception {
        System.setProperty(JpaClinicalDatabase.BACKUP_ON_CLOSE_PROPERTY, "true");
        Path backups = Files.createDirectories(work.resolve("clinic").resolve("backups"));
        for (int day = 1; day <= 12; day++) {
            Files.writeString(backups.resolve(String.format("atlas-202601%02d-120000.zip", day)), "older");
        }
        JpaClinicalDatabase clinic = clinic("clinic");
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(patient("P-1", "Keller"));
        clinic.close();

        // thinned by the rotation (BackupPlanTest): the 6 newest January days and the new one are
        // the 7 days, 4 January is the newest of its ISO week, 12 January of its month
        List<String> kept = fileNames(backups);
        assertEquals(8, kept.size(), kept.toString());
        assertTrue(!kept.contains("atlas-20260101-120000.zip"), "the oldest went");
        assertTrue(kept.contains("atlas-20260104-120000.zip"), "the newest of its week stays");
        Path newest = backups.resolve(kept.get(kept.size() - 1));
        assertEquals(1, DatabaseBackup.verify(newest, TestClinic.keyOf(newest)).patients());
    }

    @Test
    void aBackupDamagedInsideASoundZipIsRefusedBeforeAnythingIsReplaced() throws Exception {
        JpaClinicalDatabase clinic = clinic("clinic");
        JpaPatientService patients = new JpaPatientService(clinic, TestSessions.of(clinic));
        List<atlas.core.patient.Patient> day = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            day.add(patient(String.format("P-%04d", i), "Keller" + i));
        }
        patients.registerAll(day);
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        clinic.close();
        Path database = work.resolve("clinic").resolve("atlas.mv.db");
        byte[] before = Files.readAllBytes(database);
        String key = TestClinic.keyOf(backup);

        // Bytes flipped inside the database copy, where the backup check of Atlas 0.1 (schema
        // version and patient count) still reads "sound": zipped again, the zip itself is sound.
        Path extracted = Files.createDirectories(work.resolve("extracted"));
        unzip(backup, extracted);
        byte[] original = Files.readAllBytes(extracted.resolve("atlas.mv.db"));
        Path probe = Files.createDirectories(work.resolve("probe"));
        byte[] damaged = null;
        java.util.Random offsets = new java.util.Random(14);
        for (int attempt = 0; attempt < 300 && damaged == null; attempt++) {
            byte[] candidate = original.clone();
            int at = 8192 + offsets.nextInt(candidate.length - 8192 - 64);
            for (int i = 0; i < 32; i++) {
                candidate[at + i] ^= 0x5a;
            }
            Files.write(probe.resolve("atlas.mv.db"), candidate);
            if (quickCheckPasses(probe, key) && fullCheckCannotRead(probe, key)) {
                damaged = candidate;
            }
        }
        assertTrue(damaged != null, "no damage found that the old check misses");
        Path zipped = zip(work.resolve("damaged.zip"), damaged, extracted.resolve(DatabaseKeys.FILE));

        StoreException refused = assertThrows(StoreException.class, () -> DatabaseBackup.verify(zipped, key));
        assertEquals(StoreProblem.BACKUP_DAMAGED, refused.problem());
        refused = assertThrows(StoreException.class, () -> DatabaseBackup.restore(zipped, work.resolve("clinic"), key));
        assertEquals(StoreProblem.BACKUP_DAMAGED, refused.problem());
        assertTrue(refused.getMessage().contains("Nothing was restored"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(database), "the working database is untouched");
        assertEquals(List.of("atlas.keys", "atlas.lock", "atlas.mv.db"), fileNames(work.resolve("clinic")));
    }

    @Test
    void aBackupWhoseAuditTrailWasRewrittenIsRefused() throws Exception {
        JpaClinicalDatabase clinic = clinic("clinic");
        new JpaPatientService(clinic, TestSessions.of(clinic)).register(patient("P-1", "Keller"));
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        clinic.close();
        String key = TestClinic.keyOf(backup);
        Path extracted = Files.createDirectories(work.resolve("extracted"));
        unzip(backup, extracted);
        DatabaseSettings copy = DatabaseSettings.embedded(extracted).encrypted(key);
        try (java.sql.Connection connection = new org.h2.Driver().connect(copy.jdbcUrl(), copy.credentials());
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE AUDIT_EVENT SET DETAIL = 'nothing happened' WHERE SEQUENCE_NO = 2");
        }
        Path zipped = zip(work.resolve("rewritten.zip"), Files.readAllBytes(extracted.resolve("atlas.mv.db")),
                extracted.resolve(DatabaseKeys.FILE));

        StoreException refused = assertThrows(StoreException.class, () -> DatabaseBackup.verify(zipped, key));
        assertEquals(StoreProblem.BACKUP_TAMPERED, refused.problem());
        assertTrue(refused.getMessage().contains("entry #2 was changed"), refused.getMessage());
        assertThrows(StoreException.class, () -> DatabaseBackup.restore(zipped, work.resolve("clinic"), key));
        assertTrue(DatabaseBackup.verify(backup, key).auditEntries() > 1, "the untouched backup verifies");
    }

    /** What the backup check of Atlas 0.1 read: the schema version and the patients' count. */
    private static boolean quickCheckPasses(Path folder, String key) {
        DatabaseSettings copy = DatabaseSettings.embedded(folder).encrypted(key);
        try (java.sql.Connection connection = new org.h2.Driver().connect(
                copy.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", copy.credentials());
                java.sql.Statement statement = connection.createStatement()) {
            SchemaVersion.read(connection);
            statement.executeQuery("SELECT COUNT(*) FROM PATIENT").close();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Whether the full check fails to read the copy (damage). Flipped bytes that still decrypt to
     * readable rows of the audit trail are caught as a broken chain instead (tampering): the key is
     * new in every run, so where a flip lands differs, and only damage is picked here.
     */
    private static boolean fullCheckCannotRead(Path folder, String key) {
        DatabaseSettings copy = DatabaseSettings.embedded(folder).encrypted(key);
        try (java.sql.Connection connection = new org.h2.Driver().connect(
                copy.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", copy.credentials())) {
            DatabaseCheck.check(connection);
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static void unzip(Path zip, Path folder) throws Exception {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(file.entries())) {
                Files.copy(file.getInputStream(entry), folder.resolve(entry.getName()));
            }
        }
    }

    private static Path zip(Path zip, byte[] database, Path keys) throws Exception {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("atlas.mv.db"));
            out.write(database);
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry(DatabaseKeys.FILE));
            out.write(Files.readAllBytes(keys));
            out.closeEntry();
        }
        return zip;
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .filter(n -> !n.equals("backups")).sorted().collect(Collectors.toList());
        }
    }
}
