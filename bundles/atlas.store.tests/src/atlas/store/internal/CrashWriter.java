package atlas.store.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import atlas.core.patient.Patient;
import atlas.core.patient.Sex;
import atlas.store.internal.records.JpaPatientService;

/**
 * The victim of {@link CrashSafetyTest}: a separate JVM that opens the clinic (the administrator's
 * sign-in opens its key) and registers patients C-000001,
 * C-000002, ... through the real store, one transaction each, and prints "committed N rewrites R"
 * only after the register call has returned (R: the open file's rewrites so far, see
 * RunningCompaction). It runs until it is killed; given a third argument, it closes the clinic
 * after that many patients (printing "closing" and then "closed in N ms") and waits to be killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        int closeAfter = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        JpaClinicalDatabase clinic = TestClinic.reopen(dataFolder);
        JpaPatientService patients = TestSessions.on(clinic, JpaPatientService::new);
        for (int written = 0; written < closeAfter; written++) {
            patients.register(new Patient(recordNumber(next), "Crash", "Test", LocalDate.of(1980, 1, 1), Sex.UNKNOWN));
            System.out.println("committed " + next + " rewrites " + clinic.runningCompaction().rewrites());
            System.out.flush();
            next++;
        }
        // the close's rewrite of the file (CloseCompaction), timed so the test can kill inside it
        long started = System.nanoTime();
        System.out.println("closing");
        System.out.flush();
        clinic.close();
        System.out.println("closed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until killed, like the writers that never close
    }

    static String recordNumber(int n) {
        return String.format("C-%06d", n);
    }
}
