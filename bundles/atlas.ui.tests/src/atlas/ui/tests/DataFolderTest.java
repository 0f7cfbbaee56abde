package atlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import atlas.core.store.ClinicalDatabase;
import atlas.ui.DataFolder;

/**
 * The UI takes the data folder from the clinical database service - the one place that reads
 * --data, ATLAS_DATA or the default - instead of working it out again from a system property.
 */
class DataFolderTest {

    @Test
    void theDocumentsShownLiveInTheDataFolderTheDatabaseServiceNames() throws Exception {
        Workbench.databaseReady();
        ClinicalDatabase real = Workbench.service(ClinicalDatabase.class);
        assertEquals(real.dataFolder(), DataFolder.path());

        // a database service that names another folder than the atlas.data property: the UI follows it
        Path elsewhere = Path.of(System.getProperty("java.io.tmpdir"), "atlas-elsewhere");
        ClinicalDatabase named = (ClinicalDatabase) java.lang.reflect.Proxy.newProxyInstance(
                ClinicalDatabase.class.getClassLoader(), new Class<?>[] { ClinicalDatabase.class },
                (proxy, method, arguments) -> method.getName().equals("dataFolder") ? elsewhere
                        : method.invoke(real, arguments));
        BundleContext context = FrameworkUtil.getBundle(DataFolderTest.class).getBundleContext();
        Hashtable<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        ServiceRegistration<ClinicalDatabase> registration = context.registerService(ClinicalDatabase.class, named,
                ranking);
        try {
            assertEquals(elsewhere, DataFolder.path());
        } finally {
            registration.unregister();
        }
        assertEquals(real.dataFolder(), DataFolder.path());
    }
}
