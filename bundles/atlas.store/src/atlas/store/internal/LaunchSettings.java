package atlas.store.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import atlas.core.store.WorkstationSettings;
import atlas.store.internal.keys.DatabaseKeys;

/**
 * The launch options as the one settings service: read once when the service starts (system
 * properties from the launch script first, then the environment), then the same for the
 * database, the window and the plugin folder. The database's credentials stay in here: the
 * public contract carries no password.
 */
@Component(service = WorkstationSettings.class)
public final class LaunchSettings implements WorkstationSettings {

    /** The plugin folder, set by the launch script ({@code <product>/dropins}). */
    public static final String DROPINS_PROPERTY = "atlas.dropins";

    private final DatabaseSettings database;
    private final Optional<Path> dropins;

    /** The OSGi service: the launch options of this start. */
    public LaunchSettings() {
        this(DatabaseSettings.fromEnvironment(System.getenv()), System.getProperty(DROPINS_PROPERTY, ""));
    }

    /** For tests and tools that open a database of their own. */
    public LaunchSettings(DatabaseSettings database, String dropinsFolder) {
        this.database = database;
        this.dropins = dropinsFolder == null || dropinsFolder.isBlank() ? Optional.empty()
                : Optional.of(Path.of(dropinsFolder));
    }

    /** The database options behind {@code settings}, credentials included: the store's own view. */
    static DatabaseSettings database(WorkstationSettings settings) {
        if (settings instanceof LaunchSettings launch) {
            return launch.database;
        }
        throw new IllegalStateException("not Atlas's launch settings: " + settings.getClass().getName());
    }

    @Override
    public Path dataFolder() {
        return database.dataFolder();
    }

    @Override
    public boolean onServer() {
        return !database.isEmbedded();
    }

    @Override
    public String databaseLocation() {
        return database.location();
    }

    @Override
    public Path keyFile() {
        return database.dataFolder().resolve(DatabaseKeys.FILE);
    }

    @Override
    public Optional<Path> dropinsFolder() {
        return dropins;
    }

    @Override
    public String toString() {
        return "LaunchSettings[" + database + ", dropins " + dropins.map(Path::toString).orElse("none") + "]";
    }
}
