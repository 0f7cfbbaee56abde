package atlas.core.command;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The questions of Atlas's commands (backup, restore, recovery, import): read from the terminal,
 * a secret without echo, or from standard input, one answer per line, when no terminal is attached
 * (a clinic's script).
 */
public final class Terminal {

    private final Console console = System.console();
    private final BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    /** Liquibase and EclipseLink report through java.util.logging; a command line shows only problems. */
    public static void quiet() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** A command's work: its exit status, or a refusal thrown. */
    @FunctionalInterface
    public interface Work {
        int run() throws IOException, atlas.core.store.StoreException, atlas.core.security.SignInRefused,
                Credentials.Refused;
    }

    /**
     * Runs a command's work and ends the JVM with its status: a refusal (no clinic, a wrong
     * password, a role that may not, a password file others may read) prints its message and
     * ends with 1, as does a file that cannot be read or written ({@code file} names it).
     */
    public static void exit(Work work, String file) {
        try {
            System.exit(work.run());
        } catch (atlas.core.store.StoreException | atlas.core.security.SignInRefused
                | atlas.core.security.AccessDeniedException | Credentials.Refused e) {
            System.err.println(e.getMessage());
        } catch (IOException e) {
            System.err.println(file + ": " + e.getMessage());
        }
        System.exit(1);
    }

    /** A command line Atlas cannot run: why, how it goes, and exit status 2. */
    public static void usage(String option, String why, String usage) {
        System.err.println("atlas " + option + ": " + why);
        System.err.println(usage);
        System.exit(2);
    }

    /** An answer, stripped; empty when there is none. */
    public String ask(String prompt) throws IOException {
        if (console != null) {
            String line = console.readLine("%s", prompt);
            return line == null ? "" : line.strip();
        }
        System.err.print(prompt);
        String line = input.readLine();
        return line == null ? "" : line.strip();
    }

    /** A secret, not shown as it is typed; the caller clears it after use. */
    public char[] askSecret(String prompt) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        System.err.print(prompt);
        String line = input.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
