package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import atlas.core.patient.PatientService;
import atlas.store.internal.records.JpaPatientService;

/**
 * Nothing committed is lost on a crash: a separate JVM commits patients in a loop and is killed
 * with SIGKILL at random moments, 20 times; afterwards the database opens cleanly and holds every
 * patient whose commit had returned. The same again with the open file rewritten every few
 * commits (RunningCompaction with its floor lowered to 64 KB), so that kills land in rewrites.
 */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path dataFolder;
    /** The open file's rewrites the last writer reported before it was killed. */
    private volatile int lastRewrites;

    @Test
    void everyCommittedPatientSurvivesTwentyKills() throws Exception {
        killAndCheck(KILLS);
    }

    @Test
    void everyCommittedPatientSurvivesKillsWhileTheOpenFileIsRewritten() throws Exception {
        int rewrites = killAndCheck(12, "-D" + RunningCompaction.FLOOR_PROPERTY + "=65536");
        System.out.println(rewrites + " rewrites of the open file reported by the writers of 12 kills");
        // counted as each writer reported them before its kill; one in progress at a kill is not
        assertTrue(rewrites >= 3, "only " + rewrites + " rewrites of the open file in 12 rounds");
    }

    /** Kills writers {@code kills} times, then checks every commit; returns the writers' rewrites. */
    private int killAndCheck(int kills, String... writerOptions) throws Exception {
        TestClinic.create(dataFolder).close();
        Random random = new Random(); // random moments, as a crash would choose them
        List<Integer> committed = new ArrayList<>();
        int rewrites = 0;
        int next = 1;
        for (int kill = 1; kill <= kills; kill++) {
            List<Integer> round = runAndKill(next, 20 + random.nextInt(400), writerOptions);
            assertTrue(!round.isEmpty(), "round " + kill + " committed nothing before the kill; writer said: "
                    + Files.readString(errors()));
            committed.addAll(round);
            rewrites += lastRewrites;
            // The patient in flight at the kill may or may not be there; never reuse its number.
            next = round.get(round.size() - 1) + 2;
        }

        JpaClinicalDatabase reopened = TestClinic.reopen(dataFolder);
        try {
            PatientService patients = new JpaPatientService(reopened, TestSessions.of(reopened));
            List<Integer> missing = new ArrayList<>();
            for (int n : committed) {
                if (patients.findByRecordNumber(CrashWriter.recordNumber(n)).isEmpty()) {
                    missing.add(n);
                }
            }
            assertTrue(missing.isEmpty(), missing.size() + " of " + committed.size()
                    + " patients whose commit had returned are missing, the first: "
                    + missing.subList(0, Math.min(10, missing.size())));
            long stored = patients.count();
            assertTrue(stored >= committed.size() && stored <= committed.size() + kills,
                    stored + " stored for " + committed.size() + " committed (at most one in flight per kill)");
        } finally {
            reopened.close();
        }
        return rewrites;
    }

    /** Starts a writer, lets it commit for {@code millis} after its first commit, kills it with SIGKILL. */
    private List<Integer> runAndKill(int first, int millis, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", classPath(), CrashWriter.class.getName(), dataFolder.toString(),
                Integer.toString(first)));
        Process writer = new ProcessBuilder(command).redirectError(Redirect.appendTo(errors().toFile())).start();
        List<Integer> committed = new CopyOnWriteArrayList<>();
        lastRewrites = 0;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("committed ")) {
                        String[] words = line.split(" ");
                        committed.add(Integer.parseInt(words[1]));
                        lastRewrites = Integer.parseInt(words[3]);
                    }
                }
            } catch (Exception e) {
                // the pipe closes when the writer dies
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (committed.isEmpty() && writer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(millis);
        // SIGKILL: no shutdown hooks, no clean close. Through the process handle, because
        // Process.destroyForcibly() also closes our end of the pipe and would drop the last lines.
        writer.toHandle().destroyForcibly();
        writer.waitFor(30, TimeUnit.SECONDS);
        reader.join(30_000);
        return new ArrayList<>(committed);
    }

    private Path errors() {
        return dataFolder.resolveSibling(dataFolder.getFileName() + "-writer.err");
    }

    /** Every bundle of this test runtime as a plain class path, so the writer runs the real store. */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        // Relative bundle locations are relative to the framework's install area.
        Path installArea = Path.of(java.net.URI.create(System.getProperty("osgi.install.area")));
        for (Bundle bundle : FrameworkUtil.getBundle(CrashSafetyTest.class).getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file >= 0) {
                File entry = installArea.resolve(location.substring(file + "file:".length())).normalize().toFile();
                // Reactor bundles run from their project folder, with classes in target/classes.
                File classes = new File(entry, "target/classes");
                entries.add((classes.isDirectory() ? classes : entry).getAbsolutePath());
            }
        }
        // The framework itself (the system bundle has no file location) for org.osgi.framework.
        entries.add(new File(FrameworkUtil.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getAbsolutePath());
        return String.join(File.pathSeparator, entries);
    }
}
