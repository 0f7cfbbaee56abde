package atlas.store.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import atlas.core.patient.Patient;
import atlas.core.patient.Sex;
import atlas.store.internal.records.JpaPatientService;

/**
 * The victim of {@link CrashSafetyTest}: a separate JVM that opens the clinic (the administrator's
 * sign-in opens its key) and registers patients C-000001,
 * C-000002, ... through the real store, one transaction each, and prints "committed N" only after
 * the register call has returned. It runs until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        JpaPatientService patients = TestSessions.on(TestClinic.reopen(dataFolder), JpaPatientService::new);
        while (true) {
            patients.register(new Patient(recordNumber(next), "Crash", "Test", LocalDate.of(1980, 1, 1), Sex.UNKNOWN));
            System.out.println("committed " + next);
            System.out.flush();
            next++;
        }
    }

    static String recordNumber(int n) {
        return String.format("C-%06d", n);
    }
}
