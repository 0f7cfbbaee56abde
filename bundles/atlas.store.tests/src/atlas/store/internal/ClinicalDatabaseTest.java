package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.Sex;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.records.JpaPatientService;

/** The embedded clinical database on a real H2 file in a temporary data folder. */
class ClinicalDatabaseTest {

    @TempDir
    Path dataFolder;

    @RegisterExtension
    final OpenedDatabases opened = new OpenedDatabases();

    private JpaClinicalDatabase database() {
        return opened.embedded(dataFolder);
    }

    static Patient patient(String recordNumber, String family) {
        return new Patient(recordNumber, family, "Anna", LocalDate.of(1984, 3, 12), Sex.FEMALE);
    }

    @Test
    void migrationsCreateTheSchemaInANewDataFolder() throws Exception {
        JpaClinicalDatabase database = database();
        database.open();
        assertTrue(Files.exists(dataFolder.resolve("atlas.mv.db")));
        try (Connection connection = database.connect(true); Statement statement = connection.createStatement()) {
            assertEquals(SchemaVersion.CURRENT, SchemaVersion.read(connection));
            ResultSet changeSets = statement.executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
            assertTrue(changeSets.next());
            assertEquals("1-patient-register", changeSets.getString(1));
            assertTrue(changeSets.next());
            assertEquals("2-patient-search-keys", changeSets.getString(1));
            assertTrue(changeSets.next());
            assertEquals("3-audit-trail", changeSets.getString(1));
            assertTrue(changeSets.next());
            assertEquals("4-clinical-record", changeSets.getString(1));
            assertTrue(changeSets.next());
            assertEquals("5-patient-identifiers", changeSets.getString(1));
            ResultSet columns = statement.executeQuery(
                    "SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                            + "WHERE TABLE_NAME = 'PATIENT' AND COLUMN_NAME = 'FAMILY_NAME'");
            assertTrue(columns.next());
            assertEquals(Patient.NAME_MAX, columns.getInt(1), "column size matches the validation rule");
        }
    }

    /** The clinic of this folder as after its first start (its key written, protected). */
    private JpaClinicalDatabase clinic() throws Exception {
        JpaClinicalDatabase clinic = TestClinic.create(dataFolder);
        opened.add(clinic);
        return clinic;
    }

    private JpaClinicalDatabase reopened() throws Exception {
        JpaClinicalDatabase again = TestClinic.reopen(dataFolder);
        opened.add(again);
        return again;
    }

    /**
     * The day list and the week calendar read visits by their start (EpisodeService.visitsBetween);
     * without an index on it every read scanned all visits ever booked (100 ms at 230,000 visits).
     */
    @Test
    void aWeeksVisitsAreReadThroughTheIndexOnTheirStart() throws Exception {
        String plan = plan("SELECT V.ID, P.RECORD_NUMBER FROM VISIT V, PATIENT P WHERE P.ID = V.PATIENT_ID"
                + " AND V.STARTS_AT >= TIMESTAMP '2026-12-07 00:00:00' AND V.STARTS_AT < TIMESTAMP '2026-12-14 00:00:00'"
                + " ORDER BY V.STARTS_AT").plan();
        assertTrue(plan.contains("IX_VISIT_START"), plan);
    }

    /** H2's plan for {@code sql} in a new clinic's database, and the names of the patient table's indexes. */
    private record Plan(String plan, List<String> patientIndexes) {
    }

    private Plan plan(String sql) throws Exception {
        JpaClinicalDatabase database = database();
        database.open();
        try (Connection connection = database.connect(true); Statement statement = connection.createStatement()) {
            ResultSet plan = statement.executeQuery("EXPLAIN " + sql);
            assertTrue(plan.next());
            String text = plan.getString(1);
            ResultSet indexes = statement.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE TABLE_NAME = 'PATIENT' ORDER BY INDEX_NAME");
            List<String> names = new ArrayList<>();
            while (indexes.next()) {
                names.add(indexes.getString(1));
            }
            return new Plan(text, names);
        }
    }

    /**
     * Migration 19 drops the index on the names as typed, which no query used: every name search
     * and the list's order go through the folded keys, so a registration rewrites one
     * random-order name index instead of two (issue 19: the dead pages of an import).
     */
    @Test
    void theListIsSearchedOnTheKeyIndexAndTheUnusedNameIndexIsGone() throws Exception {
        Plan plan = plan("SELECT ID FROM PATIENT WHERE FAMILY_NAME_KEY LIKE 'KEL%'"
                + " ORDER BY FAMILY_NAME_KEY, GIVEN_NAME_KEY, RECORD_NUMBER"); // the list's (PatientFilter)
        assertTrue(plan.plan().contains("IX_PATIENT_NAME_KEY"), plan.plan());
        assertFalse(plan.patientIndexes().contains("IX_PATIENT_NAME"), plan.patientIndexes().toString());
        assertTrue(plan.patientIndexes().containsAll(List.of("IX_PATIENT_NAME_KEY", "IX_PATIENT_BIRTH")),
                plan.patientIndexes().toString());
    }

    @Test
    void aSavedPatientSurvivesClosingAndReopening() throws Exception {
        JpaClinicalDatabase first = clinic();
        new JpaPatientService(first, TestSessions.of(first)).register(patient("P-0001", "Keller"));
        first.close();

        JpaClinicalDatabase reopened = reopened();
        JpaPatientService patients = new JpaPatientService(reopened, TestSessions.of(reopened));
        assertEquals(1, patients.count());
        Patient stored = patients.findByRecordNumber("P-0001").orElseThrow();
        assertEquals("Keller", stored.getFamilyName());
        assertEquals(LocalDate.of(1984, 3, 12), stored.getDateOfBirth());
        assertEquals(Sex.FEMALE, stored.getSex());
    }

    @Test
    void reopeningAnUpToDateDatabaseRunsNoMigration() throws Exception {
        clinic().close();
        JpaClinicalDatabase again = reopened();
        try (Connection connection = again.connect(true); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            rows.next();
            assertEquals(SchemaVersion.CURRENT, rows.getInt(1), "every change set (one per schema version), each run once");
        }
    }

    @Test
    void aVersionSevenDatabaseGetsItsNameKeysFoldedOnOpen() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(dataFolder);
        try (Connection connection = new org.h2.Driver().connect(settings.jdbcUrl(), settings.credentials())) {
            @SuppressWarnings("deprecation")
            Liquibase seventh = new Liquibase(SchemaMigrations.CHANGE_LOG,
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            seventh.update(7, new Contexts(), new LabelExpression());
            try (Statement statement = connection.createStatement()) {
                assertEquals(7, SchemaVersion.read(connection));
                // the keys as version 7 stored them: upper case, accents kept
                statement.executeUpdate("INSERT INTO PATIENT (ID, VERSION, RECORD_NUMBER, FAMILY_NAME, GIVEN_NAME, "
                        + "FAMILY_NAME_KEY, GIVEN_NAME_KEY, DATE_OF_BIRTH, SEX) VALUES (1, 1, 'P-7', 'M\u00fcller', "
                        + "'J\u00fcrgen', 'M\u00dcLLER', 'J\u00dcRGEN', DATE '1984-03-12', 'MALE')");
            }
            connection.commit();
        }

        JpaClinicalDatabase upgraded = database();
        JpaPatientService patients = new JpaPatientService(upgraded, TestSessions.of(upgraded));
        for (String typed : List.of("muller", "mueller, jurgen", "M\u00fcller")) {
            assertEquals(List.of("P-7"), patients.search(PatientQuery.parse(typed), 0, 10).stream()
                    .map(Patient::getRecordNumber).collect(Collectors.toList()), typed);
        }
        try (Connection connection = upgraded.connect(true)) {
            assertEquals(SchemaVersion.CURRENT, SchemaVersion.read(connection));
        }
    }

    @Test
    void aDatabaseWrittenByTheFirstVersionIsUpgradedOnOpenAndKeepsItsPatients() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(dataFolder);
        try (Connection connection = new org.h2.Driver().connect(settings.jdbcUrl(), settings.credentials())) {
            // Only the first change set: the schema the first Atlas release wrote.
            @SuppressWarnings("deprecation")
            Liquibase firstRelease = new Liquibase(SchemaMigrations.CHANGE_LOG,
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            firstRelease.update(1, new Contexts(), new LabelExpression());
            try (Statement statement = connection.createStatement()) {
                assertEquals(1, SchemaVersion.read(connection));
                statement.executeUpdate("INSERT INTO PATIENT (ID, VERSION, RECORD_NUMBER, FAMILY_NAME, GIVEN_NAME, "
                        + "DATE_OF_BIRTH, SEX) VALUES (1, 1, 'P-OLD-1', 'Keller', 'Anna', DATE '1984-03-12', 'FEMALE')");
            }
            connection.commit(); // Liquibase left the connection in manual-commit mode

        }

        JpaClinicalDatabase upgraded = database();
        JpaPatientService patients = new JpaPatientService(upgraded, TestSessions.of(upgraded));
        assertEquals(List.of("P-OLD-1"), patients.search(PatientQuery.parse("kel"), 0, 10).stream()
                .map(Patient::getRecordNumber).collect(Collectors.toList()), "the old patient is found by name");
        try (Connection connection = upgraded.connect(true)) {
            assertEquals(SchemaVersion.CURRENT, SchemaVersion.read(connection));
        }
        assertEquals(atlas.core.store.AtRest.NOT_ENCRYPTED, upgraded.atRest(), "until an administrator is there");
        assertTrue(EncryptionAtRestTest.contains(dataFolder.resolve("atlas.mv.db"), "Keller"));

        // its first administrator's password protects the key it is encrypted with now
        new JpaUserService(upgraded, TestSessions.of(upgraded)).createFirstAdministrator(TestClinic.ADMINISTRATOR, "Clinic Administrator",
                TestClinic.PASSWORD.toCharArray());
        assertEquals(atlas.core.store.AtRest.ENCRYPTED, upgraded.atRest());
        assertTrue(upgraded.takeNewRecoveryKey() != null, "a recovery key to write down");
        assertEquals(1, patients.count(), "the patient is still there, read through the new key");
        upgraded.close();
        assertFalse(EncryptionAtRestTest.contains(dataFolder.resolve("atlas.mv.db"), "Keller"),
                "the file of the first release is encrypted");
        assertEquals(1, TestSessions.on(reopened(), JpaPatientService::new).count());
    }

    @Test
    void aSecondStoreOnTheSameFolderGetsTheLockedError() throws Exception {
        database().open();
        StoreException refused = assertThrows(StoreException.class, () -> database().open());
        assertEquals(StoreProblem.DATABASE_IN_USE, refused.problem());
        assertTrue(refused.getMessage().contains("already open in another Atlas"), refused.getMessage());
        assertTrue(refused.getMessage().contains(dataFolder.toString()), refused.getMessage());
    }

    @Test
    void aDatabaseHeldByAnotherProcessGetsTheLockedError() throws Exception {
        // Another "Atlas": a separate JVM that holds the workstation lock of the same folder.
        Path holder = dataFolder.resolveSibling(dataFolder.getFileName() + "-LockHolder.java");
        Files.writeString(holder, "import java.nio.channels.FileChannel; import java.nio.file.*;\n"
                + "public class LockHolder { public static void main(String[] a) throws Exception {\n"
                + " var c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);\n"
                + " c.lock(); System.out.println(\"locked\"); System.out.flush(); Thread.sleep(60000); } }\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), holder.toString(),
                dataFolder.resolve(DataFolderLock.LOCK_FILE).toString()).redirectErrorStream(true).start();
        try {
            String line = new String(other.getInputStream().readNBytes(6));
            assertEquals("locked", line);
            StoreException refused = assertThrows(StoreException.class, () -> database().open());
            assertEquals(StoreProblem.DATABASE_IN_USE, refused.problem());
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(holder);
        }
        // Once the other process is gone, the lock is free again.
        database().open();
    }

    @Test
    void aDatabaseFromANewerAtlasIsRefusedAndLeftUntouched() throws Exception {
        JpaClinicalDatabase current = clinic();
        new JpaPatientService(current, TestSessions.of(current)).register(patient("P-0001", "Keller"));
        try (Connection connection = current.connect(false); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ATLAS_SCHEMA SET SCHEMA_VERSION = " + (SchemaVersion.CURRENT + 1));
        }
        current.close();
        byte[] before = sha256(dataFolder.resolve("atlas.mv.db"));

        StoreException refused = assertThrows(StoreException.class, () -> TestSessions.on(database(), JpaUserService::new)
                .signIn(TestClinic.ADMINISTRATOR, TestClinic.PASSWORD.toCharArray(), java.time.Instant.now()));
        assertEquals(StoreProblem.DATABASE_TOO_NEW, refused.problem());
        assertTrue(refused.getMessage().contains("newer version of Atlas"), refused.getMessage());
        assertArrayEquals(before, sha256(dataFolder.resolve("atlas.mv.db")), "database file unchanged");
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsReportedByName() throws Exception {
        // A folder below a plain file can never be created, even by root (for whom permission
        // bits do not count).
        Path file = Files.writeString(dataFolder.resolve("not-a-folder"), "x");
        Path impossible = file.resolve("atlas");
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(impossible));
        StoreException refused = assertThrows(StoreException.class, database::open);
        assertEquals(StoreProblem.DATA_FOLDER_NOT_WRITABLE, refused.problem());
        assertTrue(refused.getMessage().contains(impossible.toString()), refused.getMessage());
        assertFalse(database.isOpen());
    }

    private static byte[] sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
