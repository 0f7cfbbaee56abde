package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import atlas.core.patient.PatientService;
import atlas.core.store.ClinicalDatabase;

/** The store's services are published as Declarative Services components in the OSGi runtime. */
class ServiceComponentsTest {

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ServiceComponentsTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            return tracker.waitForService(10_000);
        } finally {
            tracker.close();
        }
    }

    @Test
    void thePatientRegisterAndTheDatabaseAreServices() throws Exception {
        PatientService patients = service(PatientService.class);
        assertNotNull(patients, "PatientService component is registered");
        assertEquals(JpaPatientService.class, patients.getClass());
        ClinicalDatabase database = service(ClinicalDatabase.class);
        assertNotNull(database);
        // The surefire configuration points atlas.data at target/atlas-data, never at ~/.atlas.
        assertEquals(true, database.location().contains("atlas-data"), database.location());
    }
}
