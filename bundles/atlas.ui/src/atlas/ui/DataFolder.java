package atlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import atlas.core.store.WorkstationSettings;

/**
 * The data folder as the workstation's settings service has it
 * ({@link WorkstationSettings#dataFolder()}): the UI never works it out again, so a folder given by
 * {@code --data} or {@code ATLAS_DATA} is the same for the records and for the documents shown
 * beside them.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** {@code <data folder>/<name>}, created when missing. */
    public static Path sub(String name) throws IOException {
        return Files.createDirectories(path().resolve(name));
    }

    /** The workstation's data folder, from the settings service. */
    public static Path path() {
        WorkstationSettings settings = Contributions.first(WorkstationSettings.class);
        if (settings == null) {
            throw new IllegalStateException("no workstation settings service: the data folder is named there");
        }
        return settings.dataFolder();
    }
}
