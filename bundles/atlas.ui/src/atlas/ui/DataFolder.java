package atlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import atlas.core.store.ClinicalDatabase;

/**
 * The data folder as the clinical database service has it ({@link ClinicalDatabase#dataFolder()}):
 * the UI never works it out again, so a folder given by {@code --data} or {@code ATLAS_DATA} is the
 * same for the records and for the documents shown beside them.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** {@code <data folder>/<name>}, created when missing. */
    public static Path sub(String name) throws IOException {
        return Files.createDirectories(path().resolve(name));
    }

    /** The workstation's data folder, from the database service. */
    public static Path path() {
        ClinicalDatabase database = Contributions.first(ClinicalDatabase.class);
        if (database == null) {
            throw new IllegalStateException("no clinical database service: the data folder is the database's");
        }
        return database.dataFolder();
    }
}
