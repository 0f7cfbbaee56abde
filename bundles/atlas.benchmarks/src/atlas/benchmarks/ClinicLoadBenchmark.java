package atlas.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import atlas.core.audit.AuditVerification;
import atlas.core.clinician.Clinician;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.demo.DemoAccounts;
import atlas.demo.DemoHistories;
import atlas.demo.DemoPatients;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaPatientService;

/**
 * A clinic of {@code -Ddesks} workstations (default 20) on one PostgreSQL server (issue 19): after
 * filling an empty database ({@code -Dpatients}, default 10,000; half as many therapists as desks,
 * each with 20 patients in treatment), every desk signs in and works for {@code -Dseconds} (default
 * 600) - see {@link Workstation}. Then it checks what must hold: no lost update (every autosave the
 * store accepted has its own version, and the stored note is the last of them), no connection
 * left open once the desks have closed, the audit trail's chain intact, no error but the conflicts
 * and refusals the store is made to give; a run that does not end within two minutes of its time
 * is stopped and reported as a hang. Run by releng/bench-clinic-load.sh; exit status 0 only when
 * everything held.
 */
public final class ClinicLoadBenchmark {

    private static final long SEED = 2026;
    private static final int DESKS = Integer.getInteger("desks", 20);
    private static final int PATIENTS = Integer.getInteger("patients", 10_000);
    private static final int SECONDS = Integer.getInteger("seconds", 600);
    private static final int IN_TREATMENT = 20;
    private static final char[] PASSWORD = "clinic-load-2026".toCharArray();

    private ClinicLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("postgres.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            System.err.println("clinic load: -Dpostgres.url=jdbc:postgresql://HOST:PORT/EMPTY_DATABASE is required");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        String user = System.getProperty("postgres.user", "atlas");
        String password = System.getProperty("postgres.password", "");
        List<Workstation.Therapist> therapists = fill(DatabaseSettings.server(folder.resolve("set-up"), url, user, password));

        LoadFigures figures = new LoadFigures();
        List<Workstation> desks = new ArrayList<>();
        for (int desk = 0; desk < DESKS; desk++) {
            desks.add(new Workstation("desk " + (desk + 1), DatabaseSettings.server(folder.resolve("desk-" + desk), url,
                    user, password), therapists.get(desk / 2), PASSWORD, SEED + desk, figures));
        }
        AtomicInteger peakConnections = new AtomicInteger();
        Thread watchdog = watchdog(SECONDS + 120);
        long started = System.nanoTime();
        long until = started + SECONDS * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(DESKS);
        for (Workstation desk : desks) {
            Thread thread = new Thread(() -> {
                try {
                    desk.work(until);
                } finally {
                    done.countDown();
                }
            }, "clinic load desk");
            thread.start();
        }
        try (Connection watch = connect(url, user, password)) {
            while (!done.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
                peakConnections.accumulateAndGet(connections(watch), Math::max);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        desks.forEach(Workstation::close);
        watchdog.interrupt();

        System.out.printf("%d desks (%d therapists, two desks each) on %s, %d patients, %.0f s%n%n", DESKS,
                therapists.size(), url.replaceAll("\\?.*", ""), PATIENTS, seconds);
        figures.print(seconds);
        boolean held = check(figures, therapists, peakConnections.get(), DatabaseSettings.server(folder.resolve("check"),
                url, user, password), url, user, password);
        System.exit(held && figures.counted("errors") == 0 ? 0 : 1);
    }

    /** The clinic: patients, the demo accounts, therapists with their desks' accounts and patients in treatment. */
    private static List<Workstation.Therapist> fill(DatabaseSettings settings) throws Exception {
        JpaClinicalDatabase database = JpaClinicalDatabase.on(settings);
        try {
            JpaPatientService patients = new JpaPatientService(database, BenchSession.of(database));
            LocalDate today = LocalDate.now();
            List<Patient> all = DemoPatients.create(PATIENTS, SEED, today);
            BenchClinic.register(patients, all);
            JpaUserService users = new JpaUserService(database, BenchSession.of(database));
            JpaClinicianService clinicians = new JpaClinicianService(database, BenchSession.of(database));
            DemoAccounts.ensure(users, clinicians);
            UserAccount admin = users.users().stream().filter(u -> u.getRole() == Role.ADMINISTRATOR).findFirst()
                    .orElseThrow();
            DemoHistories.Services services = BenchClinic.histories(database);
            EpisodeService episodes = services.episodes();
            ClinicalNoteService notes = services.notes();
            List<Workstation.Therapist> therapists = new ArrayList<>();
            for (int t = 0; t < (DESKS + 1) / 2; t++) {
                String username = "therapist." + (t + 1);
                Clinician clinician = clinicians.register(new Clinician(username, "Load Therapist " + (t + 1) + ", PT", null));
                UserAccount account = new UserAccount(username, clinician.getDisplayName(), Role.THERAPIST);
                account.setClinicianId(clinician.getId());
                users.createUser(admin, account, PASSWORD);
                List<long[]> inTreatment = new ArrayList<>();
                DemoHistories history = new DemoHistories(services, clinician.getId());
                for (int i = 0; i < IN_TREATMENT; i++) {
                    Patient patient = patients.search(PatientQuery.all(), (t * IN_TREATMENT + i) * 7 % PATIENTS, 1).get(0);
                    history.writeCurrent(patient, SEED + i, today, 6);
                    inTreatment.add(new long[] { patient.getId(), episodes.episodesOf(patient.getId()).get(0).getId() });
                }
                long[] first = inTreatment.get(0);
                LocalDateTime at = episodes.nextFreeStart(clinician.getId(), today.atTime(7, 0), 45);
                Visit visit = episodes.addVisit(new Visit(first[0], first[1], at, clinician.getId(), VisitType.DAILY));
                ClinicalNote draft = new ClinicalNote(first[0], visit.getId(), clinician.getId());
                draft.setSubjective("started");
                notes.saveDraft(draft);
                therapists.add(new Workstation.Therapist(username, clinician.getId(), inTreatment, visit.getId()));
            }
            return therapists;
        } finally {
            database.close();
        }
    }

    /** What must hold after the run; prints each check and returns whether all held. */
    private static boolean check(LoadFigures figures, List<Workstation.Therapist> therapists, int peak,
            DatabaseSettings settings, String url, String user, String password) throws Exception {
        boolean held = true;
        System.out.printf("%nconnections: at most %d open during the run (%d desks)%n", peak, DESKS);
        Thread.sleep(1000);
        try (Connection watch = connect(url, user, password)) {
            int left = connections(watch);
            System.out.printf("connection leak: %d left open after the desks closed%s%n", left, left == 0 ? "" : " - FAILED");
            held &= left == 0;
        }
        JpaClinicalDatabase database = JpaClinicalDatabase.on(settings);
        try {
            JpaClinicalNoteService notes = new JpaClinicalNoteService(database, BenchSession.of(database));
            Map<Long, List<LoadFigures.Save>> byNote = figures.saves.stream()
                    .collect(Collectors.groupingBy(LoadFigures.Save::noteId));
            int lost = 0;
            for (Workstation.Therapist therapist : therapists) {
                ClinicalNote stored = notes.noteOfVisit(therapist.draftVisitId()).orElseThrow();
                List<LoadFigures.Save> saves = byNote.getOrDefault(stored.getId(), List.of());
                long versions = saves.stream().mapToLong(LoadFigures.Save::version).distinct().count();
                LoadFigures.Save last = saves.stream().max(Comparator.comparingLong(LoadFigures.Save::version)).orElse(null);
                if (versions != saves.size() || (last != null && (last.version() != stored.getVersion()
                        || !last.text().equals(stored.getSubjective())))) {
                    lost++;
                }
            }
            System.out.printf("lost updates: %d notes of %d whose accepted autosaves do not end in the stored note%s%n",
                    lost, therapists.size(), lost == 0 ? "" : " - FAILED");
            held &= lost == 0;
            AuditVerification audit = new JpaAuditTrail(database, BenchSession.of(database)).verify();
            System.out.printf("audit trail: %s, %d entries checked%n", audit.intact() ? "intact" : "BROKEN at "
                    + audit.brokenAt() + ": " + audit.problem(), audit.checked());
            held &= audit.intact();
        } finally {
            database.close();
        }
        return held;
    }

    /** Open connections to this database other than the watcher's own. */
    private static int connections(Connection watch) throws SQLException {
        try (Statement statement = watch.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.postgresql.Driver().connect(url, credentials);
    }

    /** Stops a run that has not ended by then: a hang or a deadlock nobody broke. */
    private static Thread watchdog(int seconds) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException ended) {
                return;
            }
            System.out.println("clinic load: the run did not end " + seconds + " s after it began - FAILED (hang or unbroken deadlock)");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.out.println(thread.getName());
                for (StackTraceElement frame : stack) {
                    System.out.println("    at " + frame);
                }
            });
            System.exit(3);
        }, "clinic load watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }
}
