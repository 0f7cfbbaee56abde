package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.store.RecordConflictException;
import atlas.core.validation.FieldError;
import atlas.core.validation.ValidationException;

/**
 * What the patient register must do on every database Atlas supports; run once on an embedded H2
 * file and once on a PostgreSQL server by the two subclasses.
 */
abstract class PatientRegisterContract {

    @TempDir
    Path dataFolder;

    private final List<JpaClinicalDatabase> opened = new ArrayList<>();
    JpaClinicalDatabase database;
    PatientService patients;

    /** The database of this backend for a workstation whose data folder is {@code folder}. */
    abstract DatabaseSettings settings(Path folder) throws Exception;

    /**
     * The register as a second workstation sees it: on a server, another workstation (own data
     * folder, own connections); embedded, the same store, since only one Atlas may open the file.
     */
    abstract PatientService secondWorkstation() throws Exception;

    JpaClinicalDatabase open(DatabaseSettings settings) {
        JpaClinicalDatabase opening = new JpaClinicalDatabase(settings);
        opened.add(opening);
        return opening;
    }

    @BeforeEach
    void openRegister() throws Exception {
        database = open(settings(dataFolder));
        patients = new JpaPatientService(database);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(JpaClinicalDatabase::close);
    }

    @Test
    void aDuplicateRecordNumberIsRefusedAndNothingOfTheBatchIsSaved() throws Exception {
        patients.register(patient("P-0001", "Keller"));
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.registerAll(
                List.of(patient("P-0002", "Novak"), patient("P-0001", "Moreau"))));
        FieldError error = refused.errors().get(0);
        assertEquals("recordNumber", error.field());
        assertTrue(error.message().contains("P-0001 is already in use"), error.message());
        assertEquals(1, patients.count(), "Novak was not saved either");
    }

    @Test
    void anInvalidPatientIsRefusedBeforeAnythingIsWritten() throws Exception {
        Patient future = patient("P-0003", "Keller");
        future.setDateOfBirth(LocalDate.now().plusYears(1));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> patients.registerAll(List.of(patient("P-0004", "Novak"), future)));
        assertEquals("dateOfBirth", refused.errors().get(0).field());
        assertEquals(0, patients.count());
    }

    @Test
    void theListIsInNameOrderAndPaged() throws Exception {
        patients.registerAll(List.of(patient("P-3", "Weber"), patient("P-1", "andersen"), patient("P-2", "Moreau")));
        assertEquals(List.of("andersen", "Moreau"), names(patients.list(0, 2)), "case does not change the order");
        assertEquals(List.of("Weber"), names(patients.list(2, 2)));
        assertEquals(3, patients.count());
    }

    @Test
    void everyRegisteredPatientGetsItsOwnPositiveId() throws Exception {
        List<Patient> stored = patients.registerAll(List.of(patient("P-1", "A"), patient("P-2", "B")));
        assertTrue(stored.get(0).getId() > 0);
        assertTrue(stored.get(1).getId() > stored.get(0).getId());
    }

    @Test
    void searchFindsByNamePrefixRecordNumberAndDateOfBirth() throws Exception {
        Patient keller = patient("P-2026-0001", "Keller");
        Patient kellner = patient("P-2026-0002", "Kellner");
        kellner.setGivenName("Jonas");
        kellner.setDateOfBirth(LocalDate.of(1971, 2, 3));
        Patient percent = patient("X-0003", "Ke%ler");
        patients.registerAll(List.of(keller, kellner, percent, patient("P-2025-0100", "Novak")));

        assertEquals(List.of("Keller", "Kellner"), names(patients.search(PatientQuery.parse("kell"), 0, 10)));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("kel, jo"), 0, 10)));
        assertEquals(List.of("Ke%ler"), names(patients.search(PatientQuery.parse("ke%"), 0, 10)),
                "typed wildcards are taken literally");
        assertEquals(List.of("Keller", "Kellner"), names(patients.search(PatientQuery.parse("p-2026"), 0, 10)));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("3.2.1971"), 0, 10)));
        assertEquals(2, patients.count(PatientQuery.parse("KELL")));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("kell"), 1, 10)), "second page");
    }

    @Test
    void anUpdateIsSavedAndRaisesTheVersion() throws Exception {
        Patient stored = patients.register(patient("P-0001", "Keller"));
        stored.setFamilyName("Keller-Novak");
        Patient updated = patients.update(stored);
        assertEquals(stored.getVersion() + 1, updated.getVersion());
        assertEquals(List.of("Keller-Novak"), names(patients.search(PatientQuery.parse("keller-n"), 0, 10)),
                "search keys follow the new name");
    }

    @Test
    void theSecondOfTwoWorkstationsSavingTheSamePatientGetsAConflictAndTheFirstChangeStays() throws Exception {
        patients.register(patient("P-0001", "Keller"));
        PatientService other = secondWorkstation();
        Patient mine = patients.findByRecordNumber("P-0001").orElseThrow();
        Patient theirs = other.findByRecordNumber("P-0001").orElseThrow();

        theirs.setReferrer("Dr. M. Lindqvist (neurology)");
        other.update(theirs);
        mine.setReferrer("Dr. A. Berger (GP)");
        RecordConflictException conflict = assertThrows(RecordConflictException.class, () -> patients.update(mine));

        assertTrue(conflict.getMessage().startsWith("Patient P-0001 (Keller, Anna) was changed"), conflict.getMessage());
        assertEquals("Dr. M. Lindqvist (neurology)",
                patients.findByRecordNumber("P-0001").orElseThrow().getReferrer());
    }

    @Test
    void anUpdateToARecordNumberInUseIsRefused() throws Exception {
        patients.registerAll(List.of(patient("P-0001", "Keller"), patient("P-0002", "Novak")));
        Patient novak = patients.findByRecordNumber("P-0002").orElseThrow();
        novak.setRecordNumber("P-0001");
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.update(novak));
        assertEquals("recordNumber", refused.errors().get(0).field());
        assertEquals("Novak", patients.findByRecordNumber("P-0002").orElseThrow().getFamilyName());
    }

    @Test
    void textOverTheColumnSizeIsRefusedByNameNotByTheDatabase() throws Exception {
        Patient patient = patient("P-0001", "Keller");
        patient.setReferrer("x".repeat(Patient.REFERRER_MAX + 1));
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.register(patient));
        assertEquals("referrer", refused.errors().get(0).field());
        assertEquals(0, patients.count());
    }

    static List<String> names(List<Patient> list) {
        return list.stream().map(Patient::getFamilyName).collect(Collectors.toList());
    }
}
