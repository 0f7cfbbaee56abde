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

    private static ClinicDetails numbered(String pattern) {
        return new ClinicDetails("Praxis Seeblick", "", "", pattern);
    }
}
