package atlas.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.PatientQuery;
import atlas.core.store.RecordConflictException;
import atlas.core.validation.ValidationException;
import atlas.store.internal.DatabaseSettings;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.WorkstationSession;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaPatientRecordService;
import atlas.store.internal.records.JpaPatientService;

/**
 * One desk of the clinic load run: its own database service on the shared server (its own
 * EclipseLink factory and connections, as a workstation has), a therapist signed in through the
 * user service, and the services a window calls, used the way a therapist's day does: search as
 * they type, open a record, autosave the note being written, fill a form, book a visit. Two desks
 * share each therapist (treatment room and office), so their autosaves of the same note meet.
 */
final class Workstation implements AutoCloseable {

    /** A therapist of the run: the patients in treatment, and the visit whose note both desks write. */
    record Therapist(String username, long clinicianId, List<long[]> patientsAndEpisodes, long draftVisitId) {
    }

    private static final String[] PREFIXES = { "keller", "novak", "schmid", "moreno", "jansen", "kowalski",
            "fischer", "lindqvist", "weber", "hofmann", "becker", "wagner", "bauer", "meyer", "brandt" };

    private final String name;
    private final Therapist therapist;
    private final LoadFigures figures;
    private final SplittableRandom random;
    private final JpaClinicalDatabase database;
    private final JpaPatientService patients;
    private final JpaPatientRecordService records;
    private final JpaClinicalNoteService notes;
    private final JpaFormResponseService forms;
    private final JpaEpisodeService episodes;
    private ClinicalNote note; // this desk's copy of the note being written
    private int typed;

    Workstation(String name, DatabaseSettings settings, Therapist therapist, char[] password, long seed,
            LoadFigures figures) throws Exception {
        this.name = name;
        this.therapist = therapist;
        this.figures = figures;
        this.random = new SplittableRandom(seed);
        database = JpaClinicalDatabase.on(settings);
        WorkstationSession session = new WorkstationSession();
        database.useSession(session);
        patients = new JpaPatientService(database, session);
        records = new JpaPatientRecordService(database, session);
        notes = new JpaClinicalNoteService(database, session);
        forms = BenchClinic.forms(database, session);
        episodes = new JpaEpisodeService(database, session);
        long started = System.nanoTime();
        new JpaUserService(database, session).signIn(therapist.username(), password, Instant.now());
        figures.time("sign in (opens the desk's database service)", System.nanoTime() - started);
        note = notes.noteOfVisit(therapist.draftVisitId()).orElseThrow();
    }

    /** Works until {@code until} (System.nanoTime()), with a pause of 0.3-1.5 s between two tasks. */
    void work(long until) {
        while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
            double task = random.nextDouble();
            String operation = task < 0.40 ? "search as you type (one keystroke)" : task < 0.60 ? "open a record"
                    : task < 0.80 ? "autosave the note" : task < 0.92 ? "fill a form (NPRS)" : "book a visit";
            try {
                switch (operation.charAt(0)) {
                case 's' -> searchAsYouType(operation);
                case 'o' -> timed(operation, () -> records.open(patient()[0]).orElseThrow());
                case 'a' -> autosave(operation);
                case 'f' -> timed(operation, () -> forms.submit(therapist.draftVisitId(), "atlas.nprs",
                        Map.of("nprs", Integer.toString(random.nextInt(11)))));
                default -> book(operation);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | AssertionError e) {
                figures.failed(operation, e);
            }
            pause(300 + random.nextInt(1200));
        }
    }

    private interface Task {
        Object run() throws Exception;
    }

    private void timed(String operation, Task task) throws Exception {
        long started = System.nanoTime();
        task.run();
        figures.time(operation, System.nanoTime() - started);
    }

    private long[] patient() {
        return therapist.patientsAndEpisodes().get(random.nextInt(therapist.patientsAndEpisodes().size()));
    }

    /** A name typed at about six keys a second, the list searched at each key. */
    private void searchAsYouType(String operation) throws Exception {
        String word = PREFIXES[random.nextInt(PREFIXES.length)];
        for (int length = 1; length <= 3 + random.nextInt(3); length++) {
            String prefix = word.substring(0, length);
            timed(operation, () -> patients.searchSummaries(PatientQuery.parse(prefix), 0, 50));
            pause(160);
        }
    }

    /**
     * The note saved as the editor's autosave does; when the other desk saved it meanwhile, the
     * store refuses with a conflict and this desk goes on from the stored note (as the window's
     * conflict choice "take theirs" does).
     */
    private void autosave(String operation) throws Exception {
        note.setSubjective(name + " typed " + (++typed) + " words");
        long started = System.nanoTime();
        try {
            ClinicalNote saved = notes.saveDraft(note);
            figures.time(operation, System.nanoTime() - started);
            figures.saves.add(new LoadFigures.Save(saved.getId(), saved.getVersion(), saved.getSubjective()));
            note = saved;
        } catch (RecordConflictException conflict) {
            figures.time(operation + " (conflict detected)", System.nanoTime() - started);
            figures.count("autosave conflicts detected (the other desk had saved the note)");
            note = notes.noteOfVisit(therapist.draftVisitId()).orElseThrow();
        }
    }

    /** The therapist's next free half hour on one of the next ten days (where the two desks' bookings meet). */
    private void book(String operation) throws Exception {
        long[] chosen = patient();
        long started = System.nanoTime();
        LocalDateTime from = LocalDate.now().plusDays(1 + random.nextInt(10)).atTime(8, 0);
        LocalDateTime at = episodes.nextFreeStart(therapist.clinicianId(), from, 30);
        try {
            episodes.addVisit(new Visit(chosen[0], chosen[1], at, therapist.clinicianId(), VisitType.DAILY));
            figures.time(operation, System.nanoTime() - started);
        } catch (ValidationException taken) {
            figures.time(operation + " (refused: the time was just taken)", System.nanoTime() - started);
            figures.count("bookings refused: the other desk had just booked that time");
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
