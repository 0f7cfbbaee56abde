package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import atlas.core.patient.PatientService;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.WorkstationSettings;
import atlas.store.internal.records.JpaPatientService;

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

    @Test
    void theLaunchOptionsAreOneSettingsServiceTheDatabaseOpensWith() throws Exception {
        WorkstationSettings settings = service(WorkstationSettings.class);
        assertNotNull(settings, "the settings service is registered");
        java.nio.file.Path configured = java.nio.file.Path.of(System.getProperty("atlas.data")).toAbsolutePath();
        assertEquals(configured, settings.dataFolder(), "-Datlas.data, read by the settings service");
        assertEquals(configured.resolve("atlas.keys"), settings.keyFile());
        assertEquals(false, settings.onServer());
        // the database service is opened from the same settings, not from the options read again
        assertEquals(settings.databaseLocation(), service(ClinicalDatabase.class).location());
        assertEquals(configured.resolve("atlas.mv.db").toString(), settings.databaseLocation());
        // the public contract carries no password; the store alone sees the credentials
        assertEquals(java.util.List.of(), java.util.Arrays.stream(WorkstationSettings.class.getMethods())
                .map(java.lang.reflect.Method::getName).filter(name -> name.toLowerCase().contains("password")).toList());
    }

    @Test
    void aDroppedInPluginCannotReachTheDatabaseAroundTheServices() throws Exception {
        org.osgi.framework.BundleContext context = FrameworkUtil.getBundle(ServiceComponentsTest.class).getBundleContext();
        assertNotNull(service(ClinicalDatabase.class), "the store is up");
        // the unit of work is no service, under its own name or any other
        assertEquals(null, context.getServiceReferences("atlas.store.internal.EntityManagers", null));
        // the store exports no package: its internals are for its own bundle (and its test fragments)
        org.osgi.framework.wiring.BundleWiring store = context.getBundle().adapt(
                org.osgi.framework.wiring.BundleWiring.class); // this fragment's host: atlas.store
        assertEquals(java.util.List.of(), store.getCapabilities("osgi.wiring.package").stream()
                .map(capability -> capability.getAttributes().get("osgi.wiring.package")).toList());

        // a clinic bundle that imports the store's internals, as the one tried did, does not resolve
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "ch.example.intruder");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "atlas.store.internal");
        java.io.ByteArrayOutputStream jar = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(jar, manifest)) {
            out.flush();
        }
        org.osgi.framework.Bundle intruder = context.installBundle("test:ch.example.intruder",
                new java.io.ByteArrayInputStream(jar.toByteArray()));
        try {
            org.osgi.framework.BundleException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    org.osgi.framework.BundleException.class, intruder::start);
            org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("atlas.store.internal"),
                    refused.getMessage());
            assertEquals(org.osgi.framework.Bundle.INSTALLED, intruder.getState(), "never resolved");
        } finally {
            intruder.uninstall();
        }
    }
}
