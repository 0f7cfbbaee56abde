package atlas.core.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The workstation's launch options, read once at start-up in one place and served to the store
 * and the window alike: where the data folder is, which database the records are in, where the
 * protected database key lives, and where clinic plugins are dropped. Nobody else reads
 * {@code --data}, {@code ATLAS_DATA} or the database options again.
 */
public interface WorkstationSettings {

    /**
     * The data folder ({@code --data}, else {@code ATLAS_DATA}, else {@code ~/.atlas}): the database
     * (embedded), keys, backups, logs and the documents shown live there, also when the records
     * are on a server.
     */
    Path dataFolder();

    /** Whether the records are on a shared PostgreSQL server rather than in the embedded file. */
    boolean onServer();

    /** Where the records are, as the status line shows it: the file, or the server URL without credentials. */
    String databaseLocation();

    /** The file that holds the database key, protected by the users' passwords (embedded database). */
    Path keyFile();

    /** The folder clinic plugins are dropped into ({@code atlas.dropins}); empty when the launch names none. */
    Optional<Path> dropinsFolder();
}
