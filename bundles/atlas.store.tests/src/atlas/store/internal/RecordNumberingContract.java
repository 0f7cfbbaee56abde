package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.clinic.ClinicDetails;
import atlas.core.patient.Patient;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.validation.ValidationException;
import atlas.interchange.csv.CsvFile;
import atlas.interchange.csv.PatientColumn;
import atlas.interchange.csv.PatientImport;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.SignIns;
import atlas.store.internal.access.WorkstationSession;
import atlas.store.internal.records.JpaClinicService;
import atlas.store.internal.records.JpaPatientService;

/**
 * The clinic's record number pattern (issue 17): set by the administrator only, refused by field
 * when it cannot make record numbers, and followed by the front desk's registrations - counting
 * numbers typed by hand in its form, per year, two workstations registering at once each getting
 * their own number.
 */
abstract class RecordNumberingContract extends StoreTestBase {

    private static final String YEAR = Integer.toString(LocalDate.now().getYear());
    private final WorkstationSession session = new WorkstationSession();
    private UserAccount admin;
    private UserAccount desk;
    private JpaClinicService clinic;
    private JpaPatientService patients;

    @BeforeEach
    void accounts() throws Exception {
        database.useSession(session);
        JpaUserService users = new JpaUserService(database, TestSessions.of(database));
        admin = users.createFirstAdministrator("admin", "Clinic Administrator", "admin password 1".toCharArray());
        desk = users.createUser(admin, new UserAccount("desk", "Front Desk", Role.FRONT_DESK),
                "desk password 1".toCharArray());
        clinic = new JpaClinicService(database, TestSessions.of(database));
        patients = new JpaPatientService(database, TestSessions.of(database));
    }

    @AfterEach
    void signOut() {
        session.end();
    }

    @Test
    void theDeskRegistersUnderTheNextNumberOfTheClinicsPattern() throws Exception {
        SignIns.begin(session, desk);
        ValidationException none = assertThrows(ValidationException.class,
                () -> patients.registerNumbered(ClinicalDatabaseTest.patient("", "Ohne")));
        assertEquals("recordNumber", none.errors().get(0).field(), "no pattern set: the number is to be typed");
        assertTrue(none.errors().get(0).message().contains("Administration > Clinic Details"), none.errors().toString());
        assertEquals(Optional.empty(), patients.nextRecordNumber());
        assertEquals(Permission.CONFIGURE_CLINIC, assertThrows(AccessDeniedException.class,
                () -> clinic.save(numbered("P-{YYYY}-{NNNN}"))).permission(), "the administrator sets it");

        SignIns.begin(session, admin);
        for (String wrong : List.of("P-{YYYY}", "P-{NN}", "P_{NNNN}", "{NNNN}{NNNN}", "ABCDEFGHIJKLMNOP-{NNNNNNN}")) {
            ValidationException refused = assertThrows(ValidationException.class, () -> clinic.save(numbered(wrong)),
                    wrong);
            assertEquals("recordNumberPattern", refused.errors().get(0).field(), wrong);
            assertTrue(refused.errors().get(0).message().contains("e.g. P-{YYYY}-{NNNN}"), refused.errors().toString());
        }
        clinic.save(numbered("P-{YYYY}-{NNNN}"));

        SignIns.begin(session, desk);
        assertEquals(Optional.of("P-" + YEAR + "-0001"), patients.nextRecordNumber());
        Patient first = patients.registerNumbered(ClinicalDatabaseTest.patient("IGNORED", "Erste"));
        assertEquals("P-" + YEAR + "-0001", first.getRecordNumber());
        assertEquals("P-" + YEAR + "-0001", patients.findByRecordNumber("P-" + YEAR + "-0001").orElseThrow()
                .getRecordNumber(), "stored under it");
        // typed by hand in the pattern's form: counted; in another form or last year's: not
        patients.register(ClinicalDatabaseTest.patient("P-" + YEAR + "-0007", "Hand"));
        patients.register(ClinicalDatabaseTest.patient("P-" + (Integer.parseInt(YEAR) - 1) + "-0042", "Vorjahr"));
        patients.register(ClinicalDatabaseTest.patient("P-" + YEAR + "-9X99", "Anders"));
        assertEquals("P-" + YEAR + "-0008", patients.registerNumbered(ClinicalDatabaseTest.patient("", "Achte"))
                .getRecordNumber());
        // the other fields are checked as for every registration: nothing saved
        ValidationException noName = assertThrows(ValidationException.class,
                () -> patients.registerNumbered(ClinicalDatabaseTest.patient("", " ")));
        assertEquals("familyName", noName.errors().get(0).field());
        assertEquals(Optional.of("P-" + YEAR + "-0009"), patients.nextRecordNumber(), "no number used up by a refusal");
    }

    @Test
    void twoWorkstationsRegisteringAtOnceEachGetTheirOwnNumbers() throws Exception {
        SignIns.begin(session, admin);
        clinic.save(numbered("W{YY}-{NNNNN}"));
        SignIns.begin(session, desk);
        List<JpaPatientService> desks = List.of(patients,
                new JpaPatientService(secondWorkstation(), session));
        int each = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> given = new ArrayList<>();
            for (JpaPatientService workstation : desks) {
                Callable<List<String>> registering = () -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(workstation.registerNumbered(ClinicalDatabaseTest.patient("", "Parallel"))
                                .getRecordNumber());
                    }
                    return numbers;
                };
                given.add(pool.submit(registering));
            }
            start.countDown();
            TreeSet<String> numbers = new TreeSet<>();
            for (Future<List<String>> desk : given) {
                numbers.addAll(desk.get());
            }
            assertEquals(2 * each, numbers.size(), "no number given twice: " + numbers);
            String year = YEAR.substring(2);
            assertEquals("W" + year + "-00001", numbers.first());
            assertEquals("W" + year + "-000" + (2 * each), numbers.last(), "none skipped: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPatternWhoseNumbersAreUsedUpIsSaidSo() throws Exception {
        SignIns.begin(session, admin);
        clinic.save(numbered("Q{NNN}"));
        assertEquals("Q{NNN}", clinic.details().recordNumberPattern());
        SignIns.begin(session, desk);
        patients.register(ClinicalDatabaseTest.patient("Q999", "Letzte"));
        ValidationException full = assertThrows(ValidationException.class,
                () -> patients.registerNumbered(ClinicalDatabaseTest.patient("", "Zuviel")));
        assertEquals("recordNumber", full.errors().get(0).field());
        assertTrue(full.errors().get(0).message().contains("Q{NNN} has no running number left"), full.errors().toString());
    }

    /** An import from another system (issue 20): its patients numbered in order, all or none. */
    @Test
    void anImportIsNumberedInItsOrderAllOrNone() throws Exception {
        deskOfAClinicNumbering("Q{NNN}");
        patients.register(ClinicalDatabaseTest.patient("Q005", "VonHand"));

        List<Patient> imported = patients.registerAllNumbered(List.of(ClinicalDatabaseTest.patient(null, "Erste"),
                ClinicalDatabaseTest.patient("X-1", "Zweite"), ClinicalDatabaseTest.patient("", "Dritte")));
        assertEquals(List.of("Q006", "Q007", "Q008"), imported.stream().map(Patient::getRecordNumber).toList(),
                "after the highest number, in the file's order; a number of the other system ignored");
        assertEquals(List.of("Q007"), patients.findByRecordNumber("Q007").stream().map(Patient::getRecordNumber).toList());
        Patient otherBirthday = ClinicalDatabaseTest.patient(null, "Erste");
        otherBirthday.setDateOfBirth(LocalDate.of(1984, 3, 13));
        assertEquals(List.of(Optional.of("Q006"), Optional.empty(), Optional.empty()), patients.likelyRegistered(List.of(
                ClinicalDatabaseTest.patient(null, " ERSTE"), ClinicalDatabaseTest.patient(null, "Neu"), otherBirthday)),
                "the same names as the search folds them and the same date of birth: likely the patient registered");

        // a bad patient anywhere: refused by its field before anything is numbered or saved
        Patient unnamed = ClinicalDatabaseTest.patient(null, "");
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.registerAllNumbered(
                List.of(ClinicalDatabaseTest.patient(null, "Gut"), unnamed)));
        assertEquals("familyName", refused.errors().get(0).field());
        // more patients than numbers left: refused whole by the record number field
        patients.register(ClinicalDatabaseTest.patient("Q997", "Spaet"));
        ValidationException full = assertThrows(ValidationException.class, () -> patients.registerAllNumbered(
                List.of(ClinicalDatabaseTest.patient(null, "A"), ClinicalDatabaseTest.patient(null, "B"),
                        ClinicalDatabaseTest.patient(null, "C"))));
        assertEquals("recordNumber", full.errors().get(0).field());
        assertEquals(5, patients.count(), "nothing of the refused imports saved");
        assertEquals(Optional.of("Q998"), patients.nextRecordNumber());

        session.end();
        assertEquals(Permission.DEMOGRAPHICS, assertThrows(AccessDeniedException.class, () -> patients
                .registerAllNumbered(List.of(ClinicalDatabaseTest.patient(null, "Niemand")))).permission(),
                "nobody signed in");
    }

    /**
     * A CSV import as the command line and the window run it (issue 20): a row like a registered
     * patient named with its record number, kept out unless the user chooses, the file numbered by
     * the pattern in its order; a file with a bad row or a number taken registers nothing.
     */
    @Test
    void aCsvImportIsComparedWithTheRegisterAndRegisteredAllOrNone() throws Exception {
        deskOfAClinicNumbering("Q{NNN}");
        patients.register(ClinicalDatabaseTest.patient("Q001", "M\u00fcller"));
        CsvFile.Table file = CsvFile.read(("Nachname;Vorname;Geburtsdatum\n"
                + "Mueller;anna;12.03.1984\nKeller;Lea;1990-07-01\nFrei;Urs;1960-05-05\n").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
        PatientImport.Check check = PatientImport.check(patients, file, PatientColumn.propose(file.header()),
                LocalDate.now());

        assertEquals(List.of("line 2: Family name: Mueller, anna, born 1984-03-12, is likely Q001, registered already"),
                check.likelyDuplicates().stream().map(CsvFile.Problem::toString).toList());
        ValidationException kept = assertThrows(ValidationException.class, () -> PatientImport.register(patients,
                check, false));
        assertTrue(kept.getMessage().contains("1 rows look like a patient registered already"), kept.getMessage());
        assertEquals(1, patients.count(), "nothing saved while a likely duplicate is not confirmed");

        List<Patient> registered = PatientImport.register(patients, check, true);
        assertEquals(List.of("Q002", "Q003", "Q004"), registered.stream().map(Patient::getRecordNumber).toList());
        assertEquals(4, patients.count());

        // numbers from the other system: one of them registered already refuses the whole file
        CsvFile.Table numbered = CsvFile.read(("record number,family name,given name,date of birth\n"
                + "Z-1,Neu,Nina,2001-02-03\nQ003,Alt,Otto,1950-01-01\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PatientImport.Check taken = PatientImport.check(patients, numbered, PatientColumn.propose(numbered.header()),
                LocalDate.now());
        ValidationException refused = assertThrows(ValidationException.class, () -> PatientImport.register(patients,
                taken, false));
        assertEquals("recordNumber", refused.errors().get(0).field(), refused.getMessage());
        // a bad row: nothing registered, and the register is not even asked
        CsvFile.Table bad = CsvFile.read("family name,given name,date of birth\nNeu,Nina,2001-02-03\nAlt,,x\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PatientImport.Check badCheck = PatientImport.check(patients, bad, PatientColumn.propose(bad.header()),
                LocalDate.now());
        assertTrue(assertThrows(ValidationException.class, () -> PatientImport.register(patients, badCheck, true))
                .getMessage().contains("while 2 problems are listed"));
        assertEquals(4, patients.count(), "nothing of the refused files saved");
    }

    /**
     * An import larger than one batch of the persistence context (issue 20): every patient stored
     * and numbered in order, the audit chain unbroken across the batches, and a unit of work that
     * fails after a batch was flushed and cleared keeping nothing of it.
     */
    @Test
    void anImportOfSeveralBatchesIsOneTransactionWithItsAuditChainWhole() throws Exception {
        deskOfAClinicNumbering("L{NNNNN}");
        int count = JpaPatientService.FLUSHED_TOGETHER * 2 + 5;
        List<Patient> many = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            many.add(ClinicalDatabaseTest.patient(null, "Batch" + (char) ('a' + i % 26)));
        }
        List<Patient> stored = patients.registerAllNumbered(many);
        assertEquals("L00001", stored.get(0).getRecordNumber());
        assertEquals(String.format("L%05d", count), stored.get(count - 1).getRecordNumber());
        assertEquals(count, patients.count());
        SignIns.begin(session, admin);
        assertTrue(new atlas.store.internal.audit.JpaAuditTrail(database, TestSessions.of(database)).verify().intact());

        // a unit of work that fails after a batch was flushed and let go keeps nothing of it
        SignIns.begin(session, desk);
        assertThrows(IllegalStateException.class, () -> database.write(em -> {
            for (int i = 0; i < JpaPatientService.FLUSHED_TOGETHER; i++) {
                em.persist(ClinicalDatabaseTest.patient("M" + i, "Later"));
            }
            em.flush();
            em.clear();
            throw new IllegalStateException("the last batch failed");
        }));
        assertEquals(count, patients.count(), "nothing of the flushed batch kept");
    }

    /** The administrator sets {@code pattern}; then the front desk is signed in. */
    private void deskOfAClinicNumbering(String pattern) throws Exception {
        SignIns.begin(session, admin);
        clinic.save(numbered(pattern));
        SignIns.begin(session, desk);
    }

    private static ClinicDetails numbered(String pattern) {
        return new ClinicDetails("Praxis Seeblick", "", "", pattern);
    }
}
