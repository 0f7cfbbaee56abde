package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.validation.FieldError;
import atlas.core.validation.ValidationException;

/** The patient register service on a real H2 file: validation, paging, all-or-nothing writes. */
class PatientRegisterTest {

    @TempDir
    Path dataFolder;

    private JpaClinicalDatabase database;
    private PatientService patients;

    @BeforeEach
    void open() {
        database = new JpaClinicalDatabase(DatabaseSettings.embedded(dataFolder));
        patients = new JpaPatientService(database);
    }

    @AfterEach
    void close() {
        database.close();
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
        patients.registerAll(List.of(patient("P-3", "Weber"), patient("P-1", "Andersen"), patient("P-2", "Moreau")));
        assertEquals(List.of("Andersen", "Moreau"), names(patients.list(0, 2)));
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
    void theRegisterIsPublishedAsADeclarativeServicesComponent() throws Exception {
        ServiceTracker<PatientService, PatientService> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), PatientService.class, null);
        tracker.open();
        try {
            PatientService service = tracker.waitForService(10_000);
            assertNotNull(service, "PatientService component is registered");
            assertEquals(JpaPatientService.class, service.getClass());
        } finally {
            tracker.close();
        }
    }

    private static List<String> names(List<Patient> list) {
        return list.stream().map(Patient::getFamilyName).collect(Collectors.toList());
    }
}
