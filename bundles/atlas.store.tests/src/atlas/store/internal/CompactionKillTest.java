package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.patient.PatientService;
import atlas.store.internal.records.JpaPatientService;

/**
 * A kill inside the rewrite of the file itself. H2 2.5's SHUTDOWN COMPACT, which both the close
 * (CloseCompaction) and the rewrite while open (RunningCompaction) run, copies the live pages into
 * a new file and moves it over the old one; a kill may land in the copy, before or after the
 * move. So a writer JVM commits 500 patients one by one (each commit appended, no rewrite
 * while open: the file then holds about 7 MB for a few hundred KB of live data), closes the clinic, and is killed at a random moment of that
 * close's rewrite, timed by the round before; ten rounds, then every patient must be there.
 */
class CompactionKillTest {

    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 500;

    @TempDir
    Path dataFolder;

    @Test
    void everyCommittedPatientSurvivesAKillInsideTheRewriteOfTheFile() throws Exception {
        TestClinic.create(dataFolder).close();
        Random random = new Random();
        long rewriteMillis = 150; // a first guess; each round that finishes its close times it
        int killedInside = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int first = 1 + round * PER_ROUND;
            long killAfter = random.nextLong(Math.max(1, rewriteMillis));
            long closed = killDuringClose(first, killAfter);
            if (closed < 0) {
                killedInside++;
            } else {
                rewriteMillis = closed; // the close ended before the kill: aim inside it next time
            }
            System.out.printf("round %d: killed %d ms into the close, which %s%n", round + 1, killAfter,
                    closed < 0 ? "had not ended" : "had ended after " + closed + " ms");
        }
        assertTrue(killedInside >= ROUNDS / 2, "only " + killedInside + " of " + ROUNDS + " kills inside the close");
        JpaClinicalDatabase reopened = TestClinic.reopen(dataFolder);
        try {
            PatientService patients = new JpaPatientService(reopened, TestSessions.of(reopened));
            for (int n = 1; n <= ROUNDS * PER_ROUND; n += 37) {
                assertTrue(patients.findByRecordNumber(CrashWriter.recordNumber(n)).isPresent(),
                        "patient " + n + " committed before the close is missing");
            }
            assertEquals(ROUNDS * PER_ROUND, patients.count(), "every committed patient, and no other");
        } finally {
            reopened.close();
        }
    }

    /** How long the close took, or -1 when the kill came before it had ended. */
    private long killDuringClose(int first, long killAfterMillis) throws Exception {
        WriterJvm writer = WriterJvm.start(dataFolder.resolveSibling("compaction-writer.err"),
                // no rewrite while open: the close's rewrite gets the whole file's garbage to move
                List.of("-D" + RunningCompaction.FLOOR_PROPERTY + "=" + Long.MAX_VALUE),
                dataFolder.toString(), Integer.toString(first), Integer.toString(PER_ROUND));
        assertTrue(writer.await("closing"::equals, 120), "the writer did not reach its close: " + writer.errors());
        Thread.sleep(killAfterMillis);
        return writer.kill().stream().filter(line -> line.startsWith("closed in ")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(-1L);
    }
}
