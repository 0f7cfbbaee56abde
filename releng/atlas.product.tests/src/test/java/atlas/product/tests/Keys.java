package atlas.product.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real key presses into whatever window has the keyboard, through xdotool on the X display the
 * tests run on (releng/test.sh starts Xvfb). The product sees them exactly as a person's typing.
 */
final class Keys {

    /** Milliseconds between the characters of {@link #type}: a quick typist. */
    static final int TYPING_DELAY_MS = 60;

    private Keys() {
    }

    /** Types {@code text} character by character. */
    static void type(String text) {
        xdotool("type", "--delay", Integer.toString(TYPING_DELAY_MS), text);
    }

    /** Presses and releases key combinations, e.g. {@code "ctrl+shift+v"}, {@code "Return"}. */
    static void press(String... keys) {
        List<String> arguments = new ArrayList<>(List.of("key", "--delay", "80"));
        arguments.addAll(List.of(keys));
        xdotool(arguments.toArray(String[]::new));
    }

    static boolean available() {
        try {
            return new ProcessBuilder("xdotool", "version").redirectErrorStream(true).start().waitFor() == 0
                    && System.getenv("DISPLAY") != null;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void xdotool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("xdotool did not finish: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("xdotool could not be run (apt-get install xdotool)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
