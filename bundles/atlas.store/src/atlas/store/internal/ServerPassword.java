package atlas.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;

/**
 * The clinic server's password never on a command line, where every local user reads it (ps,
 * /proc/PID/cmdline): it comes from the {@value #VARIABLE} environment variable (readable by its
 * process's owner only), or from the first line of a file only its owner may read, named by the
 * launcher's --db-password-file ({@value #FILE_PROPERTY}).
 */
public final class ServerPassword {

    static final String VARIABLE = "ATLAS_DB_PASSWORD";
    static final String FILE_PROPERTY = "atlas.db.passwordFile";
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private ServerPassword() {
    }

    /** The password; empty when none is given, or when the file cannot be used ({@link #check} says why). */
    static String of(Map<String, String> environment) {
        String variable = environment.get(VARIABLE);
        if (variable != null) {
            return variable;
        }
        try {
            return readFile();
        } catch (StoreException unusable) {
            return "";
        }
    }

    /** Refuses a password file that is missing, empty or readable by others. */
    static void check(Map<String, String> environment) throws StoreException {
        if (environment.get(VARIABLE) == null) {
            readFile();
        }
    }

    private static String readFile() throws StoreException {
        String name = System.getProperty(FILE_PROPERTY, "");
        if (name.isBlank()) {
            return "";
        }
        Path file = Path.of(name);
        try {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                permissions.retainAll(OTHERS);
                if (!permissions.isEmpty()) {
                    throw new StoreException(StoreProblem.SERVER_PASSWORD_FILE, name);
                }
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user profile's folders are the user's
            }
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new StoreException(StoreProblem.SERVER_PASSWORD_FILE, name);
            }
            return first;
        } catch (IOException e) {
            throw new StoreException(StoreProblem.SERVER_PASSWORD_FILE, name, e);
        }
    }
}
