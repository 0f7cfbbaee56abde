package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A writer's line after a commit returned; a line the kill cut short does not match. */
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) rewrites (\\d+)");

    @TempDir
    Path dataFolder;

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
            List<Matcher> round = runAndKill(next, 20 + random.nextInt(400), writerOptions).stream()
                    .map(COMMITTED::matcher).filter(Matcher::matches).toList();
            assertTrue(!round.isEmpty(), "round " + kill + " committed nothing before the kill; writer said: "
                    + Files.readString(errors()));
            round.forEach(line -> committed.add(Integer.parseInt(line.group(1))));
            rewrites += Integer.parseInt(round.get(round.size() - 1).group(2)); // as the last line reported them
            // The patient in flight at the kill may or may not be there; never reuse its number.
            next = committed.get(committed.size() - 1) + 2;
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

    /** Starts a writer, lets it commit for {@code millis} after its first commit, kills it; its lines. */
    private List<String> runAndKill(int first, int millis, String... options) throws Exception {
        WriterJvm writer = WriterJvm.start(errors(), List.of(options), dataFolder.toString(), Integer.toString(first));
        writer.await(line -> COMMITTED.matcher(line).matches(), 60);
        Thread.sleep(millis);
        return writer.kill();
    }

    private Path errors() {
        return dataFolder.resolveSibling(dataFolder.getFileName() + "-writer.err");
    }
}
