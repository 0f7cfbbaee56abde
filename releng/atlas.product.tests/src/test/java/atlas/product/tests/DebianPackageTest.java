package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 21: the Debian package installs Atlas with its own Java runtime and starts it for a clinic
 * user who has no Java of their own. The .deb the build made is installed with dpkg on this
 * machine (as CI runs: root); a user without rights is made, and {@code atlas --demo} started as
 * that user under the test display with a PATH that holds no java: the log must say Atlas started
 * on the package's runtime and asks for the sign-in. Then the upgrade: a data folder an earlier
 * Atlas wrote (an older schema) is opened by the installed package and signed in by keys - the
 * schema is migrated and the patient list shown. The package is removed afterwards.
 */
class DebianPackageTest {

    private static final String USER = "atlasclinic";

    @Test
    void thePackageInstallsAndStartsWithoutASystemJava() throws Exception {
        Path deb = Path.of(System.getProperty("atlas.test.products", "missing"), "atlas_0.1.0_amd64.deb");
        boolean root = "root".equals(System.getProperty("user.name"));
        String missing = !Files.exists(deb) ? "the .deb (built where jlink and dpkg-deb are)" : !root
                ? "root, to install a package" : !Keys.available() ? "a display" : null;
        if (missing != null) {
            org.junit.jupiter.api.Assertions.assertFalse(Boolean.getBoolean("atlas.test.tools.required"),
                    missing + " is required here (atlas.test.tools.required)");
            org.junit.jupiter.api.Assumptions.abort(missing + " is missing");
        }
        run(List.of("dpkg", "-i", deb.toString()), 0);
        Process atlas = null;
        try {
            assertTrue(Files.isExecutable(Path.of("/usr/bin/atlas")), "/usr/bin/atlas");
            assertTrue(Files.isExecutable(Path.of("/opt/atlas/jre/bin/java")), "the package's own Java");
            assertTrue(Files.exists(Path.of("/usr/share/applications/atlas.desktop")), "the desktop entry");
            if (run(List.of("id", USER), -1) != 0) {
                run(List.of("useradd", "--create-home", USER), 0);
            }
            Path home = Path.of("/home", USER);
            Path data = home.resolve("atlas-data");
            run(List.of("rm", "-rf", data.toString()), 0);
            // no java on the PATH: /usr/bin holds the system's, so only the folders of atlas and sh
            Path bin = Files.createTempDirectory("atlas-path");
            Files.createSymbolicLink(bin.resolve("atlas"), Path.of("/usr/bin/atlas"));
            for (String tool : List.of("sh", "dirname", "readlink", "ls", "head", "sed", "grep", "find", "cat", "mkdir",
                    "pwd", "uname")) {
                Path found = Path.of("/usr/bin", tool);
                Files.createSymbolicLink(bin.resolve(tool), Files.exists(found) ? found : Path.of("/bin", tool));
            }
            bin.toFile().setReadable(true, false);
            bin.toFile().setExecutable(true, false);
            atlas = asUser(home, bin, "atlas.out", "atlas", "--demo", "--data", data.toString());
            Path log = data.resolve("logs").resolve("atlas.log");
            await(atlas, log, "Atlas ready in");
            String written = Files.readString(log);
            assertTrue(written.contains(", /opt/atlas/jre); clinical database: "), "on the package's runtime:\n" + written);
            assertTrue(!written.contains(" ERROR "), "no error at the start:\n" + written);
            stop(atlas);

            // an upgrade: a clinic's data folder written by an earlier Atlas (schema of 2026-11-29, the
            // crash image of the store's tests) opened by the installed package, signed in by keys
            Path older = home.resolve("atlas-older");
            run(List.of("rm", "-rf", older.toString()), 0);
            Files.createDirectories(older);
            Path image = Path.of(System.getProperty("atlas.test.fixtures"), "crash-image");
            for (String file : List.of("atlas.mv.db", "atlas.keys")) {
                Files.copy(image.resolve(file), older.resolve(file));
            }
            run(List.of("chown", "-R", USER, older.toString()), 0);
            atlas = asUser(home, bin, "atlas-older.out", "atlas", "--data", older.toString());
            Path olderLog = older.resolve("logs").resolve("atlas.log");
            await(atlas, olderLog, "Atlas ready in");
            Thread.sleep(1_500); // the sign-in takes the keyboard once shown
            Keys.type("demo.therapist");
            Keys.press("Tab");
            Keys.type(Product.DEMO_PASSWORD);
            Keys.press("Return");
            await(atlas, olderLog, "Patient list shown");
            String upgraded = Files.readString(olderLog);
            assertTrue(upgraded.matches("(?s).*Migrating database schema from version \\d+ to 20\n.*"), upgraded);
            assertTrue(upgraded.matches("(?s).*Search keys of [1-9]\\d* patients refolded.*"), "its patients kept:\n"
                    + upgraded);
        } finally {
            stop(atlas);
            run(List.of("dpkg", "-r", "atlas"), 0);
        }
        assertTrue(!Files.exists(Path.of("/usr/bin/atlas")), "removed with the package");
    }

    /**
     * Starts {@code command} as the clinic user with nothing of root's environment but the display
     * (and, under xvfb-run, a copy of its cookie the user may read), its output in {@code output}.
     */
    private static Process asUser(Path home, Path bin, String output, String... command) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of("runuser", "-u", USER, "--", "env", "-i", "HOME=" + home,
                "PATH=" + bin, "DISPLAY=" + System.getenv("DISPLAY")));
        String xauthority = System.getenv("XAUTHORITY");
        if (xauthority != null && Files.exists(Path.of(xauthority))) {
            Path cookie = home.resolve(".Xauthority-atlas-test");
            Files.copy(Path.of(xauthority), cookie, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            run(List.of("chown", USER, cookie.toString()), 0);
            line.add("XAUTHORITY=" + cookie);
        }
        line.addAll(List.of(command));
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(home.resolve(output).toFile()).start();
    }

    /** Waits up to two minutes for a line of the log holding {@code what}, while Atlas runs. */
    private static void await(Process atlas, Path log, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!(Files.exists(log) && Files.readString(log).contains(what))) {
            assertTrue(System.currentTimeMillis() < deadline && atlas.isAlive(), "no \"" + what + "\" in the log:\n"
                    + (Files.exists(log) ? Files.readString(log) : "(no log)"));
            Thread.sleep(200);
        }
    }

    private static void stop(Process atlas) throws InterruptedException {
        if (atlas != null) {
            atlas.descendants().forEach(ProcessHandle::destroyForcibly);
            atlas.destroyForcibly();
            atlas.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Runs {@code command}; its exit status, which must be {@code expected} unless that is -1. */
    private static int run(List<String> command, int expected) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not end");
        if (expected >= 0) {
            assertEquals(expected, process.exitValue(), command + ":\n" + output);
        }
        return process.exitValue();
    }
}
