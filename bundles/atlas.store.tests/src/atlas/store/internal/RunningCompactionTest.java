package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import atlas.core.patient.PatientQuery;
import atlas.store.internal.records.JpaPatientService;

/**
 * While the clinic is open and written without a pause, the embedded file stays within about
 * twice its live data: the database is rewritten while open (RunningCompaction) under two
 * workstation threads registering patients and a third searching the list, none of which sees an
 * error, and nothing is lost; a connection of its own (a backup's) holds the rewrite off until it is
 * closed. The floor under which files are left alone is lowered to 256 KB so
 * that a few hundred commits show what a day of a clinic's commits would.
 */
class RunningCompactionTest {

    private static final int PER_WRITER = 400;

    @TempDir
    Path work;

    @BeforeEach
    void smallFloor() {
        System.setProperty(RunningCompaction.FLOOR_PROPERTY, Long.toString(256 * 1024));
    }

    @AfterEach
    void defaultFloor() {
        System.clearProperty(RunningCompaction.FLOOR_PROPERTY);
    }

    @Test
    void notRewrittenUnderAConnectionOfItsOwnSuchAsABackupsUntilItIsClosed() throws Exception {
        Path folder = work.resolve("clinic");
        TestClinic.create(folder).close();
        JpaClinicalDatabase clinic = TestClinic.reopen(folder);
        try {
            JpaPatientService patients = new JpaPatientService(clinic, TestSessions.of(clinic));
            try (Connection backup = clinic.connect(false); Statement statement = backup.createStatement()) {
                for (int i = 1; i <= 150; i++) {
                    patients.register(patient(String.format("H-%05d", i), "Held" + i));
                }
                Thread.sleep(1_500); // a quiet second: the rewrite would run now but for the connection
                assertEquals(0, clinic.runningCompaction().rewrites(), "rewritten under an open connection");
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM PATIENT")) {
                    assertTrue(count.next());
                    assertEquals(150, count.getInt(1), "the connection still reads the open database");
                }
            }
            patients.register(patient("H-00151", "Held151")); // the next commit looks at the file again
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (clinic.runningCompaction().rewrites() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, clinic.runningCompaction().rewrites(), "rewritten once the connection was closed");
            assertEquals(151, patients.count());
        } finally {
            clinic.close();
        }
    }

    @Test
    void rewrittenWhileOpenUnderWritersAndSearchesWithoutLosingAnything() throws Exception {
        Path folder = work.resolve("clinic");
        TestClinic.create(folder).close();
        Path file = folder.resolve("atlas.mv.db");
        JpaClinicalDatabase clinic = TestClinic.reopen(folder);
        JpaPatientService patients = new JpaPatientService(clinic, TestSessions.of(clinic));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicLong largest = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread[] writers = new Thread[2];
        for (int w = 0; w < writers.length; w++) {
            int desk = w;
            writers[w] = new Thread(() -> {
                try {
                    for (int i = 1; i <= PER_WRITER; i++) {
                        patients.register(patient(String.format("R%d-%05d", desk, i), "Rewrite" + desk + "x" + i));
                        largest.accumulateAndGet(Files.size(file), Math::max);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        Thread searcher = new Thread(() -> {
            try {
                while (writing.get()) {
                    patients.searchSummaries(PatientQuery.parse("Rewrite1"), 0, 50);
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        searcher.start();
        for (Thread writer : writers) {
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join(120_000);
        }
        writing.set(false);
        searcher.join(30_000);
        assertTrue(failures.isEmpty(), "units of work failed during rewrites: " + failures);
        int rewrites = clinic.runningCompaction().rewrites();
        long pause = clinic.runningCompaction().longestPauseMillis();
        assertEquals(2 * PER_WRITER, patients.count(), "every registered patient is in the open database");
        clinic.close();
        long live = Files.size(file); // the close's rewrite keeps the live data alone
        System.out.printf("%d rewrites while open (longest pause %d ms); largest %d bytes while open, %d live%n",
                rewrites, pause, largest.get(), live);
        assertTrue(rewrites >= 3, rewrites + " rewrites while open");
        // twice at most before a rewrite is forced, and what the writers add while it waits for the
        // units of work in flight; without the rewrites the file reaches about 11 MB
        assertTrue(largest.get() <= 5 * live / 2 + 512 * 1024,
                "the file reached " + largest.get() + " bytes while open, for " + live + " bytes of live data");
        JpaClinicalDatabase reopened = TestClinic.reopen(folder);
        try {
            assertEquals(2 * PER_WRITER, new JpaPatientService(reopened, TestSessions.of(reopened)).count(),
                    "every patient kept through the rewrites");
        } finally {
            reopened.close();
        }
    }
}
