package atlas.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases a test opened, closed after it whatever the outcome, so that the next test finds
 * no workstation lock held: {@code @RegisterExtension final OpenedDatabases opened = new OpenedDatabases();}.
 */
final class OpenedDatabases implements AfterEachCallback {

    private final List<JpaClinicalDatabase> opened = new ArrayList<>();

    /** An embedded database in {@code folder} (not opened yet), closed after the test. */
    JpaClinicalDatabase embedded(Path folder) {
        return add(JpaClinicalDatabase.on(DatabaseSettings.embedded(folder)));
    }

    /** {@code database}, closed after the test. */
    JpaClinicalDatabase add(JpaClinicalDatabase database) {
        opened.add(database);
        return database;
    }

    /** The {@code index}th database added. */
    JpaClinicalDatabase get(int index) {
        return opened.get(index);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(JpaClinicalDatabase::close);
        opened.clear();
    }
}
