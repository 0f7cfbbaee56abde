package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 1, at its root: committed saves were rolled back when Atlas started again
 * within seconds of a crash. A crash image the product left (fixtures/crash-image, see its README)
 * is opened and closed as Atlas's next start does, with the clock set to 2 s after the crash
 * (faketime), then opened again: every audit entry of the image must still be there. With H2
 * 2.2.224 the second open ended the trail at #3535 instead of #3538 (h2database #2752: dead chunks
 * younger than the retention time were overwritten while the layout still named them).
 */
class CrashImageTest {

    /** The image's last audit entry and a moment 2 s after its crash (README of the fixture). */
    private static final long LAST_ENTRY = 3538;
    private static final String TWO_SECONDS_AFTER_THE_CRASH = "@2026-11-29 23:44:55";
    private static final Pattern HEAD = Pattern.compile("auditHead=(\\d+)");

    @TempDir
    Path folder;

    @Test
    void aStartRightAfterACrashKeepsEveryCommittedEntry() throws Exception {
        if (!faketime()) {
            assertFalse(Boolean.getBoolean("atlas.test.tools.required"),
                    "faketime is required here (atlas.test.tools.required): apt-get install faketime");
            assumeTrue(false, "faketime is not installed (apt-get install faketime)");
        }
        Path image = Path.of(System.getProperty("atlas.test.fixtures"), "crash-image");
        for (String file : List.of("atlas.mv.db", "atlas.keys")) {
            Files.copy(image.resolve(file), folder.resolve(file));
        }

        assertEquals(LAST_ENTRY, replay(TWO_SECONDS_AFTER_THE_CRASH), "the start after the crash");
        assertEquals(LAST_ENTRY, replay(null), "the start after that one");
    }

    /** Opens, reads and closes the copy in a JVM of its own, at the given fake time or now. */
    private long replay(String fakeTime) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        if (fakeTime != null) {
            command.addAll(List.of("faketime", "-f", fakeTime));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", WriterJvm.classPath(), CrashImageReplay.class.getName(), folder.toString(),
                "demo.therapist", "atlas-demo-2026"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "the replay failed:\n" + output);
        Matcher head = HEAD.matcher(output);
        assertTrue(head.find(), output);
        return Long.parseLong(head.group(1));
    }

    private static boolean faketime() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "faketime"))) {
                return true;
            }
        }
        return false;
    }
}
