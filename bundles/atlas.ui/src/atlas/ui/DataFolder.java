package atlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where printed and exported files go: a folder of the data folder (handouts/, reports/,
 * exports/). They hold patient data, so they live beside the database, not in the user's documents.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** {@code <data folder>/<name>}, created when missing; the data folder as the launcher set it. */
    public static Path sub(String name) throws IOException {
        return Files.createDirectories(path().resolve(name));
    }

    /** The data folder as the launcher set it. */
    public static Path path() {
        return Path.of(System.getProperty("atlas.data", System.getProperty("user.home") + "/.atlas"));
    }
}
