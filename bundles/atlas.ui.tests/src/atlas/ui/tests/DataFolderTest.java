package atlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import atlas.core.store.WorkstationSettings;
import atlas.ui.DataFolder;

/**
 * The UI takes the data folder from the workstation's settings service - the one place that reads
 * --data, ATLAS_DATA or the default, which the database is opened with too - instead of working
 * it out again from a system property.
 */
class DataFolderTest {

    @Test
    void theDocumentsShownLiveInTheDataFolderTheSettingsServiceNames() throws Exception {
        Workbench.databaseReady();
        WorkstationSettings real = Workbench.service(WorkstationSettings.class);
        assertEquals(Path.of(System.getProperty("atlas.data")).toAbsolutePath(), real.dataFolder(),
                "the launch option, read by the settings service");
        assertEquals(real.dataFolder(), DataFolder.path());
        assertEquals(real.dataFolder().resolve("atlas.mv.db").toString(),
                Workbench.service(atlas.core.store.ClinicalDatabase.class).location(),
                "the database opened in the settings service's folder");

        // a settings service that names another folder than the atlas.data property: the UI follows it
        Path elsewhere = Path.of(System.getProperty("java.io.tmpdir"), "atlas-elsewhere");
        WorkstationSettings named = (WorkstationSettings) java.lang.reflect.Proxy.newProxyInstance(
                WorkstationSettings.class.getClassLoader(), new Class<?>[] { WorkstationSettings.class },
                (proxy, method, arguments) -> method.getName().equals("dataFolder") ? elsewhere
                        : method.invoke(real, arguments));
        BundleContext context = FrameworkUtil.getBundle(DataFolderTest.class).getBundleContext();
        Hashtable<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        ServiceRegistration<WorkstationSettings> registration = context.registerService(WorkstationSettings.class,
                named, ranking);
        try {
            assertEquals(elsewhere, DataFolder.path());
        } finally {
            registration.unregister();
        }
        assertEquals(real.dataFolder(), DataFolder.path());
    }
}
