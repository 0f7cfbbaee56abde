package atlas.store.internal.command;

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
