package atlas.core.command;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who gives a command: a user name and password asked at the terminal (no echo), or, for a
 * clinic's scripts, {@code --user NAME --password-file FILE} - the password on the file's first
 * line, and the file readable by its owner alone (else refused: a password others may read is
 * everyone's). Never a password on the command line, where every user of the PC sees it.
 */
public record Credentials(String username, char[] password) {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** Thrown when the command is refused before anything is opened; the message says why. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /**
     * From {@code --user} and {@code --password-file} when given (both or neither), else asked.
     *
     * @throws Refused when only one is given, or the file is missing, empty or readable by others
     */
    public static Credentials of(String user, Path passwordFile, Terminal terminal) throws Refused, IOException {
        if (user == null && passwordFile == null) {
            return new Credentials(terminal.ask("User name: "), terminal.askSecret("Password: "));
        }
        if (user == null || passwordFile == null) {
            throw new Refused("--user and --password-file go together: a script gives both, a person neither");
        }
        if (!Files.isRegularFile(passwordFile) || !Files.isReadable(passwordFile)) {
            throw new Refused("--password-file " + passwordFile + " cannot be read");
        }
        if (Files.getFileStore(passwordFile).supportsFileAttributeView("posix")
                && !java.util.Collections.disjoint(Files.getPosixFilePermissions(passwordFile), OTHERS)) {
            throw new Refused("--password-file " + passwordFile + " may be read by others; make it yours alone: chmod 600 "
                    + passwordFile);
        }
        byte[] content = Files.readAllBytes(passwordFile);
        CharBuffer text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(content));
        try {
            int end = 0;
            while (end < text.length() && text.get(end) != '\n' && text.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw new Refused("--password-file " + passwordFile + " is empty: the password goes on its first line");
            }
            char[] password = new char[end];
            text.get(0, password);
            return new Credentials(user.strip(), password);
        } finally {
            // no String of the password is made: these are the only copies, and they are cleared
            Arrays.fill(content, (byte) 0);
            if (text.hasArray()) {
                Arrays.fill(text.array(), '\0');
            }
        }
    }

    /** Forgets the password. */
    public void clear() {
        Arrays.fill(password, '\0');
    }
}
