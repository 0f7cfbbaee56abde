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

    private JpaClinicalDatabase open(String folder) throws StoreException {
        JpaClinicalDatabase database = new JpaClinicalDatabase(DatabaseSettings.embedded(work.resolve(folder)));
        opened.add(database);
        database.open();
        return database;
    }

    @Test
    void aBackupTakenWhileAtlasWorksRestoresIntoAnotherFolder() throws Exception {
        JpaClinicalDatabase clinic = open("clinic");
        JpaPatientService patients = new JpaPatientService(clinic);
        patients.registerAll(List.of(patient("P-1", "Keller"), patient("P-2", "Novak"), patient("P-3", "Moreau")));
        Path backup = work.resolve("monday.zip");

        BackupCheck check = clinic.backup(backup);
        patients.register(patient("P-4", "Weber")); // after the backup: not in it

        assertEquals(3, check.patients());
        assertEquals(SchemaVersion.CURRENT, check.schemaVersion());
        Path restored = work.resolve("restored");
        assertEquals(3, DatabaseBackup.restore(backup, restored, DatabaseBackup.keyOf(backup, null, null)).patients());
        assertEquals(3, new JpaPatientService(open("restored")).count());
        assertEquals(4, patients.count(), "the running database is unaffected");
    }

    @Test
    void aDamagedOrTruncatedBackupIsRefusedAndTheCurrentDatabaseIsUntouched() throws Exception {
        JpaClinicalDatabase clinic = open("clinic");
        new JpaPatientService(clinic).register(patient("P-1", "Keller"));
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
        JpaClinicalDatabase clinic = open("clinic");
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        StoreException refused = assertThrows(StoreException.class,
                () -> DatabaseBackup.restore(backup, work.resolve("clinic"), DatabaseBackup.keyOf(backup, null, null)));
        assertEquals(StoreProblem.DATABASE_IN_USE, refused.problem());
    }

    @Test
    void aRestoreKeepsTheDatabaseItReplaces() throws Exception {
        JpaClinicalDatabase clinic = open("clinic");
        Path backup = work.resolve("backup.zip");
        clinic.backup(backup);
        new JpaPatientService(clinic).register(patient("P-1", "Keller"));
        clinic.close();

        DatabaseBackup.restore(backup, work.resolve("clinic"), DatabaseBackup.keyOf(backup, null, null));
        assertTrue(fileNames(work.resolve("clinic")).stream().anyMatch(n -> n.startsWith("atlas.mv.db.replaced-")));
        assertTrue(fileNames(work.resolve("clinic")).stream().anyMatch(n -> n.startsWith("atlas.keys.replaced-")),
                "the key file that opens the replaced database is kept with it");
        assertEquals(0, new JpaPatientService(open("clinic")).count());
    }

    @Test
    void closingBacksUpWhenConfiguredAndKeepsTheNewest() throws Exception {
        System.setProperty(JpaClinicalDatabase.BACKUP_ON_CLOSE_PROPERTY, "true");
        Path backups = Files.createDirectories(work.resolve("clinic").resolve("backups"));
        for (int day = 1; day <= 12; day++) {
            Files.writeString(backups.resolve(String.format("atlas-202601%02d-120000.zip", day)), "older");
        }
        JpaClinicalDatabase clinic = open("clinic");
        new JpaPatientService(clinic).register(patient("P-1", "Keller"));
        clinic.close();

        List<String> kept = fileNames(backups);
        assertEquals(10, kept.size(), kept.toString());
        assertTrue(!kept.contains("atlas-20260101-120000.zip"), "the oldest went");
        Path newest = backups.resolve(kept.get(kept.size() - 1));
        assertEquals(1, DatabaseBackup.verify(newest, DatabaseBackup.keyOf(newest, null, null)).patients());
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .filter(n -> !n.equals("backups")).sorted().collect(Collectors.toList());
        }
    }
}
