package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * commits (RunningCompaction with its floor lowered to 64 KB), so that kills land in rewrites:
 * there each writer runs until it has reported its first rewrite, however slow the machine, and
 * is killed at a random moment after it.
 */
class CrashSafetyTest {

    private static final int KILLS = 20;

    /** A writer's line after a commit returned; a line the kill cut short does not match. */
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) rewrites (\\d+)");

    @TempDir
    Path dataFolder;

    @Test
    void everyCommittedPatientSurvivesTwentyKills() throws Exception {
        killAndCheck(KILLS, 0);
    }

    @Test
    void everyCommittedPatientSurvivesKillsWhileTheOpenFileIsRewritten() throws Exception {
        int rewrites = killAndCheck(12, 1, "-D" + RunningCompaction.FLOOR_PROPERTY + "=65536");
        System.out.println(rewrites + " rewrites of the open file reported by the writers of 12 kills");
    }

    /**
     * Kills writers {@code kills} times, each after it reported {@code rewritesFirst} rewrites of
     * its open file, then checks every commit; returns the writers' rewrites.
     */
    private int killAndCheck(int kills, int rewritesFirst, String... writerOptions) throws Exception {
        TestClinic.create(dataFolder).close();
        Random random = new Random(); // random moments, as a crash would choose them
        List<Integer> committed = new ArrayList<>();
        int rewrites = 0;
        int next = 1;
        for (int kill = 1; kill <= kills; kill++) {
            List<Matcher> round = runAndKill(next, rewritesFirst, 20 + random.nextInt(400), writerOptions).stream()
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

    /**
     * Starts a writer, lets it commit until it has reported {@code rewrites} rewrites of the open
     * file and for {@code millis} more, kills it; its lines.
     */
    private List<String> runAndKill(int first, int rewrites, int millis, String... options) throws Exception {
        WriterJvm writer = WriterJvm.start(errors(), List.of(options), dataFolder.toString(), Integer.toString(first));
        boolean ready = writer.await(line -> {
            Matcher committed = COMMITTED.matcher(line);
            return committed.matches() && Integer.parseInt(committed.group(2)) >= rewrites;
        }, 120);
        if (!ready) {
            writer.kill();
            fail("the writer did not report " + rewrites + " rewrite(s) of its open file within 120 s; it said: "
                    + writer.errors());
        }
        Thread.sleep(millis);
        return writer.kill();
    }

    private Path errors() {
        return dataFolder.resolveSibling(dataFolder.getFileName() + "-writer.err");
    }
}
