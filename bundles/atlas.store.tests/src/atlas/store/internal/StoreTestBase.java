package atlas.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh clinical database for each test, on the backend a subclass names: an H2 file in a
 * temporary data folder, or a new schema on the PostgreSQL test server.
 */
abstract class StoreTestBase {

    enum Backend {
        H2, POSTGRES
    }

    @TempDir
    Path dataFolder;

    private final List<JpaClinicalDatabase> opened = new ArrayList<>();
    private DatabaseSettings settings;
    JpaClinicalDatabase database;

    abstract Backend backend();

    @BeforeEach
    void openDatabase() throws Exception {
        settings = backend() == Backend.H2 ? TestDatabases.h2(dataFolder)
                : TestDatabases.freshPostgresSchema(dataFolder);
        database = open(settings);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(JpaClinicalDatabase::close);
    }

    JpaClinicalDatabase open(DatabaseSettings databaseSettings) {
        JpaClinicalDatabase opening = JpaClinicalDatabase.on(databaseSettings);
        opened.add(opening);
        return opening;
    }

    /**
     * The database as a second workstation sees it: on a server, another workstation (own data
     * folder, own connections and cache); embedded, the same store, since only one Atlas may open
     * the file.
     */
    JpaClinicalDatabase secondWorkstation() throws Exception {
        if (backend() == Backend.H2) {
            return database;
        }
        Path otherFolder = Files.createDirectories(dataFolder.resolve("second-workstation"));
        return open(DatabaseSettings.server(otherFolder, settings.jdbcUrl(), settings.user(), settings.password()));
    }
}
