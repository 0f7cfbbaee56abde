package atlas.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.demo.DemoPatients;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.access.JpaUserService;

/**
 * What encryption at rest costs at the start of a session (issue 8): the first sign-in of a start
 * opens the database key with the password (Argon2id), then opens the encrypted database and
 * checks the account (Argon2id again). Timed from the sign-in call to the first patient search
 * answered, on an embedded database of {@code -Dpatients} patients whose key is protected; the
 * first round runs in a cold JVM as a start does, the rest show the warm figure. Run by
 * releng/bench-signin.sh; prints a Markdown table.
 */
public final class SignInBenchmark {

    private static final int PATIENTS = Integer.getInteger("patients", 10_000);
    private static final int ROUNDS = 15;
    private static final char[] PASSWORD = "benchmark-admin-2026".toCharArray();

    private SignInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        JpaClinicalDatabase setUp = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder));
        // the first administrator's password protects the key: from now on only a password opens the file
        new JpaUserService(setUp, BenchSession.of(setUp)).createFirstAdministrator("admin", "Benchmark Administrator", PASSWORD);
        JpaPatientService register = new JpaPatientService(setUp, BenchSession.of(setUp));
        List<Patient> all = DemoPatients.create(PATIENTS, 2026, LocalDate.now());
        BenchClinic.register(register, all);
        setUp.close();

        Percentiles warm = new Percentiles(ROUNDS);
        double cold = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            JpaClinicalDatabase database = JpaClinicalDatabase.on(DatabaseSettings.embedded(folder));
            if (!database.needsKey()) {
                throw new IllegalStateException("the key is not protected");
            }
            long started = System.nanoTime();
            new JpaUserService(database, BenchSession.of(database)).signIn("admin", PASSWORD, Instant.now());
            int found = new JpaPatientService(database, BenchSession.of(database)).searchSummaries(PatientQuery.parse("kel"), 0, 50).size();
            long took = System.nanoTime() - started;
            database.close();
            if (found == 0) {
                throw new IllegalStateException("no patient found after the sign-in");
            }
            if (round == 0) {
                cold = took / 1e6;
            } else {
                warm.add(took);
            }
        }
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        System.out.printf("| first sign-in of a start, cold JVM (key opened, database opened, account checked, first search) | %.0f ms |%n", cold);
        System.out.printf("| the same, warm JVM, %d rounds, p50 / p95 | %.0f / %.0f ms |%n", ROUNDS, warm.millis(50),
                warm.millis(95));
    }
}
