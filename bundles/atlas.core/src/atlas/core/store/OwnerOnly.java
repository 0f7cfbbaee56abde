package atlas.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * What Atlas writes into its data folder - the database, its key file, backups, exports, logs - is
 * readable by the user Atlas runs as and by nobody else (0700 folders, 0600 files on Linux and
 * macOS), whatever the umask of the session that started it (issue 14; GDPR Art. 32(1)(b)). On
 * Windows the user profile's folders are the user's alone already; there this changes nothing.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder (and its parents) if needed and makes it the owner's alone. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        set(folder, FOLDER);
        return folder;
    }

    /**
     * Writes {@code content} into a new file that is the owner's alone from the moment it exists
     * (an existing one is replaced).
     */
    public static Path write(Path file, java.io.InputStream content) throws IOException {
        Files.deleteIfExists(file);
        try (java.io.OutputStream out = create(file)) {
            content.transferTo(out);
        }
        return file;
    }

    /**
     * A new file, the owner's alone from the moment it exists, open for writing.
     *
     * @throws java.nio.file.FileAlreadyExistsException when there is one already: never written over
     */
    public static java.io.OutputStream create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        return Files.newOutputStream(file, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Makes an existing file the owner's alone. */
    public static Path file(Path file) throws IOException {
        set(file, FILE);
        return file;
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: access follows the profile folder's ACLs
        }
    }
}
