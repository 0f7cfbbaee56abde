package atlas.store.internal;

import java.nio.file.Path;
import java.time.Instant;

import atlas.core.store.StoreException;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.backup.DatabaseBackup;

/**
 * An embedded clinic as after its first start: the first administrator exists, so the database key
 * is written - wrapped by the administrator's password and a recovery key. A new store's key lives
 * only in memory until then, so a test that closes a store and opens it again starts from here.
 */
final class TestClinic {

    static final String ADMINISTRATOR = "admin";
    static final String PASSWORD = "clinic-admin-2026";

    private TestClinic() {
    }

    /** A new clinic in {@code folder}, open; its recovery key was made (take it from the database). */
    static JpaClinicalDatabase create(Path folder) throws StoreException {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder));
        new JpaUserService(database, TestSessions.of(database)).createFirstAdministrator(ADMINISTRATOR, "Clinic Administrator",
                PASSWORD.toCharArray());
        return database;
    }

    /** The clinic in {@code folder} opened again, as the administrator's sign-in opens it. */
    static JpaClinicalDatabase reopen(Path folder) throws Exception {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder));
        new JpaUserService(database, TestSessions.of(database)).signIn(ADMINISTRATOR, PASSWORD.toCharArray(), Instant.now());
        return database;
    }

    /** The file key of a backup of such a clinic, opened with the administrator's password. */
    static String keyOf(Path backup) throws StoreException {
        return DatabaseBackup.keyOf(backup, ADMINISTRATOR, PASSWORD.toCharArray());
    }
}
