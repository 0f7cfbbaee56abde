package atlas.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

import atlas.core.clinician.Clinician;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientRecord;
import atlas.demo.DemoHistories;
import atlas.demo.DemoPatients;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaPatientRecordService;
import atlas.store.internal.records.JpaPatientService;

/**
 * The store's scale and speed figures (issue "Clinical data store"), measured on a real embedded
 * database in a fresh folder, or with -Dpostgres.url on an empty database of a PostgreSQL server
 * (issue 19: the same goals on the shared server):
 * <ol>
 * <li>import of 100,000 generated patients through the patient register (goal under 60 s, run
 * with -Xmx256m so the heap bound is part of the test);</li>
 * <li>histories for 1,000 of them and one 5-year history (about 250 visits, 1,000 form responses,
 * 2,000 diary days);</li>
 * <li>patient search by name prefix and record number: p50/p95 of the service against the same
 * query written by hand in JDBC (goal p95 under 5 ms and within 1.5 times the hand-written SQL);</li>
 * <li>opening the 5-year record (goal under 100 ms).</li>
 * </ol>
 * Run by releng/bench-store.sh; prints a Markdown table.
 */
public final class StoreBenchmark {

    private static final long SEED = 2026;
    private static final int PATIENTS = Integer.getInteger("patients", 100_000);
    private static final int HISTORIES = Integer.getInteger("histories", 1_000);
    private static final int THERAPISTS = 10;
    private static final int QUERIES = 2_000;
    private static final String[] NAME_PREFIXES = { "KEL", "NOV", "AND", "MOR", "SCH", "ROS", "JAN", "KOW", "FIS",
            "LIN", "WEB", "DUB", "HOF", "COS", "BEC", "NIL", "WAG", "BAU", "MEY", "LEH", "HOR", "BRA", "VOG", "RIC",
            "SAN", "HAN", "KLE", "WOL", "SCHU", "BER" };

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("atlas-bench");
        String server = System.getProperty("postgres.url", "");
        JpaClinicalDatabase database = JpaClinicalDatabase.on(server.isEmpty() ? DatabaseSettings.embedded(folder)
                : DatabaseSettings.server(folder, server, System.getProperty("postgres.user", "atlas"),
                        System.getProperty("postgres.password", "")));
        FileSizeWatch file = new FileSizeWatch(folder.resolve("atlas.mv.db"));
        try {
            run(database, folder);
        } finally {
            database.close();
            file.close();
        }
        if (server.isEmpty()) {
            long live = file.size(); // the close rewrote it with the live data alone
            row("database file while open: largest, live data after the close (" + database.runningCompaction().rewrites()
                    + " rewrites while open, units of work held off at most "
                    + database.runningCompaction().longestPauseMillis() + " ms)",
                    String.format("%.1f MB, %.1f MB: %.2f x", file.largest() / 1048576.0, live / 1048576.0,
                            file.largest() / (double) live), "<= about 2 x");
        }
    }

    private static void run(JpaClinicalDatabase database, Path folder) throws Exception {
        JpaPatientService patients = new JpaPatientService(database, BenchSession.of(database));
        database.open();
        System.out.printf("| figure | value | goal |%n|---|---|---|%n");

        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        List<Patient> all = DemoPatients.create(PATIENTS, SEED, today);
        List<Long> ids = BenchClinic.register(patients, all);
        all = null; // let the generated patients go; the benchmark keeps only their ids
        double importSeconds = (System.nanoTime() - started) / 1e9;
        row("import of " + PATIENTS + " patients", String.format("%.1f s", importSeconds), "< 60 s");
        row("heap after import (max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)",
                peakHeapMegabytes() + " MB peak", "< 256 MB");

        // the demo accounts, so that the product can be signed in to on this database (bench-*.sh scripts)
        atlas.demo.DemoAccounts.ensure(new atlas.store.internal.access.JpaUserService(database, BenchSession.of(database)), new JpaClinicianService(database, BenchSession.of(database)));
        DemoHistories.Services services = BenchClinic.histories(database);
        long[] therapistIds = new long[THERAPISTS];
        DemoHistories[] therapists = BenchClinic.therapists(database, therapistIds);
        started = System.nanoTime();
        int records = BenchClinic.histories(therapists, patients, HISTORIES, PATIENTS, SEED, today);
        row("histories for " + HISTORIES + " patients (" + records + " records)",
                String.format("%.1f s", (System.nanoTime() - started) / 1e9), "");
        Patient longTerm = patients.findByRecordNumber("DEMO-000001").orElseThrow();
        started = System.nanoTime();
        records = therapists[0].write(longTerm, SEED, today, 5, 50, 400, true);
        row("5-year history of one patient (" + records + " records)",
                String.format("%.1f s", (System.nanoTime() - started) / 1e9), "");

        try (Connection jdbc = database.connect(false)) { // a second session of the same, open database
            searchFigures(patients, jdbc);
            summaryFigures(patients, jdbc);
        }
        emptyUnitOfWork(database);
        recordFigures(new JpaPatientRecordService(database, BenchSession.of(database)), longTerm.getId());
        ScheduleFigures.series(services.episodes(), ids, therapistIds, SEED);
        ScheduleFigures.week(services.episodes(), ids, therapistIds, SEED);
    }

    private static final String ENTITY_COLUMNS = "ID, VERSION, RECORD_NUMBER, FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KEY, "
            + "GIVEN_NAME_KEY, DATE_OF_BIRTH, SEX, PHONE, EMAIL, ADDRESS, REFERRER, CONSENT_NOTES";
    private static final String LIST_COLUMNS = "ID, RECORD_NUMBER, FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, SEX, REFERRER";

    /** Both searches (whole entities, list lines), each by name prefix and by record number prefix. */
    private static void searchFigures(JpaPatientService patients, Connection jdbc) throws Exception {
        for (boolean byName : new boolean[] { true, false }) {
            compareWithSql("search" + by(byName), patients, jdbc, byName, ENTITY_COLUMNS, 14,
                    typed -> searchQuietly(patients, typed));
        }
    }

    /** The patient list's own path: list lines, not entities, against the same columns by hand. */
    private static void summaryFigures(JpaPatientService patients, Connection jdbc) throws Exception {
        for (boolean byName : new boolean[] { true, false }) {
            compareWithSql("patient list search" + by(byName), patients, jdbc, byName, LIST_COLUMNS, 7,
                    typed -> summariesQuietly(patients, typed));
        }
    }

    private static String by(boolean byName) {
        return byName ? " by name prefix (50 rows)" : " by record number prefix";
    }

    /**
     * Times {@code service} against the same query written by hand in JDBC, {@link #QUERIES} times
     * after 500 rounds of warm-up. The two alternate which runs first, so neither reads pages the
     * other has just warmed; both must find the same number of rows.
     */
    private static void compareWithSql(String what, JpaPatientService patients, Connection jdbc, boolean byName,
            String columns, int columnCount, ToIntFunction<String> service) throws Exception {
        String handWritten = "SELECT " + columns + " FROM PATIENT WHERE " + (byName ? "FAMILY_NAME_KEY" : "RECORD_NUMBER")
                + " LIKE ? ORDER BY FAMILY_NAME_KEY, GIVEN_NAME_KEY, RECORD_NUMBER LIMIT 50";
        SplittableRandom random = new SplittableRandom(SEED);
        Percentiles serviceTimes = new Percentiles(QUERIES);
        Percentiles sqlTimes = new Percentiles(QUERIES);
        try (PreparedStatement statement = jdbc.prepareStatement(handWritten)) {
            for (int i = -500; i < QUERIES; i++) {
                String typed = byName ? NAME_PREFIXES[random.nextInt(NAME_PREFIXES.length)]
                        : String.format("DEMO-%05d", random.nextInt(PATIENTS / 10));
                long serviceNanos;
                long sqlNanos;
                int found;
                int rows;
                if (i % 2 == 0) {
                    long t0 = System.nanoTime();
                    found = service.applyAsInt(typed);
                    long t1 = System.nanoTime();
                    rows = rows(statement, typed, columnCount);
                    serviceNanos = t1 - t0;
                    sqlNanos = System.nanoTime() - t1;
                } else {
                    long t0 = System.nanoTime();
                    rows = rows(statement, typed, columnCount);
                    long t1 = System.nanoTime();
                    found = service.applyAsInt(typed);
                    sqlNanos = t1 - t0;
                    serviceNanos = System.nanoTime() - t1;
                }
                if (rows != found) {
                    throw new IllegalStateException("service found " + found + ", SQL " + rows + " for " + typed);
                }
                if (i >= 0) {
                    serviceTimes.add(serviceNanos);
                    sqlTimes.add(sqlNanos);
                }
            }
        }
        row(what + ", service p50 / p95",
                String.format("%.2f / %.2f ms", serviceTimes.millis(50), serviceTimes.millis(95)), "p95 < 5 ms");
        row(what + ", hand-written SQL p50 / p95",
                String.format("%.2f / %.2f ms", sqlTimes.millis(50), sqlTimes.millis(95)), "");
        row(what + ", service / SQL at p95",
                String.format("%.2f x", serviceTimes.millis(95) / sqlTimes.millis(95)), "< 1.5 x");
    }

    /** Runs the hand-written statement and reads every column of every row; returns the row count. */
    private static int rows(PreparedStatement statement, String typed, int columns) {
        try {
            statement.setString(1, typed + "%");
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        result.getObject(column);
                    }
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int searchQuietly(JpaPatientService patients, String typed) {
        try {
            return patients.search(PatientQuery.parse(typed), 0, 50).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int summariesQuietly(JpaPatientService patients, String typed) {
        try {
            return patients.searchSummaries(PatientQuery.parse(typed), 0, 50).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixed cost of one read through the store, without a query: where the search time goes. */
    private static void emptyUnitOfWork(JpaClinicalDatabase database) throws Exception {
        Percentiles empty = new Percentiles(QUERIES);
        for (int i = -500; i < QUERIES; i++) {
            long t0 = System.nanoTime();
            database.read(em -> null);
            if (i >= 0) {
                empty.add(System.nanoTime() - t0);
            }
        }
        row("a read with no query (entity manager open and close), p50 / p95",
                String.format("%.3f / %.3f ms", empty.millis(50), empty.millis(95)), "");
    }

    private static void recordFigures(JpaPatientRecordService records, long patientId) throws Exception {
        Percentiles open = new Percentiles(50);
        PatientRecord record = null;
        for (int i = -10; i < 50; i++) {
            long t0 = System.nanoTime();
            record = records.open(patientId).orElseThrow();
            if (i >= 0) {
                open.add(System.nanoTime() - t0);
            }
        }
        row(String.format("open a 5-year record (%d visits, %d responses, %d observations, %d diary entries), p50 / p95",
                record.visits().size(), record.responses().size(), record.observations().size(), record.diary().size()),
                String.format("%.1f / %.1f ms", open.millis(50), open.millis(95)), "< 100 ms");
    }

    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1 << 20);
    }

    static void row(String figure, String value, String goal) {
        System.out.printf("| %s | %s | %s |%n", figure, value, goal);
        System.out.flush();
    }
}
