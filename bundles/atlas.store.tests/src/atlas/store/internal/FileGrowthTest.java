package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import atlas.store.internal.records.JpaPatientService;

/**
 * The embedded file is written append-only while open (crash safety, see DatabaseSettings) and
 * must not grow without end: each clean close rewrites it with its live data. Sessions of many
 * small commits (one patient each, as the note editor's autosave writes) are run; the file after
 * each close stays near the live data, however large it grew while open.
 */
class FileGrowthTest {

    @TempDir
    Path work;

    @Test
    void appendOnlyWhileOpenCompactedAtEachClose() throws Exception {
        Path folder = work.resolve("clinic");
        TestClinic.create(folder).close();
        Path file = folder.resolve("atlas.mv.db");
        long afterFirst = 0;
        long largestOpen = 0;
        int registered = 0;
        for (int session = 1; session <= 5; session++) {
            JpaClinicalDatabase clinic = TestClinic.reopen(folder);
            JpaPatientService patients = new JpaPatientService(clinic, TestSessions.of(clinic));
            for (int i = 0; i < 150; i++) {
                registered++;
                patients.register(patient(String.format("G-%05d", registered), "Growth" + registered));
            }
            largestOpen = Math.max(largestOpen, Files.size(file));
            clinic.close();
            long closed = Files.size(file);
            System.out.printf("session %d: %d bytes while open, %d after close%n", session, largestOpen, closed);
            if (session == 1) {
                afterFirst = closed;
            }
            assertTrue(closed < largestOpen, "the close rewrote the file: " + closed + " of " + largestOpen + " bytes");
        }
        long last = Files.size(file);
        // five times the patients of the first session: the live data grew (at most fivefold), the
        // garbage of the appended commits did not stay (measured: 57 KB after the first session,
        // 168 KB after the fifth, 2.9 MB while open)
        assertTrue(last <= afterFirst * 5, last + " bytes after five sessions, " + afterFirst + " after the first");
        assertTrue(last * 5 < largestOpen, last + " bytes closed, " + largestOpen + " while open");
        JpaClinicalDatabase reopened = TestClinic.reopen(folder);
        try {
            assertEquals(registered, new JpaPatientService(reopened, TestSessions.of(reopened)).count(), "every patient kept by the rewrite");
        } finally {
            reopened.close();
        }
    }
}
