package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.clinician.ClinicianService;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * Issue 18, the week calendar, by keys and the mouse: the front desk opens Patient > Week Calendar, turns
 * to a week ahead with Page Down, shows one therapist's week, walks the cursor with the arrows to
 * another patient's visit and moves it a quarter hour with Alt+Down (saved), books the patient
 * chosen in the list into a free time with Enter (the booking dialog opens on that time and
 * therapist), and a move into that new visit is refused on the calendar's line with nothing saved;
 * then the visit is dragged with the mouse to an earlier free time and saved there.
 */
class WeekCalendarUiTest {

    @Test
    void theFrontDeskBooksAndMovesVisitsInTheWeekByKeysAndByDragging() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        PatientService patients = Workbench.service(PatientService.class);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        Patient patient = patients.register(new Patient("WC-" + run, "Woche", "Wanda", LocalDate.of(1982, 3, 3),
                Sex.FEMALE));
        Patient other = patients.register(new Patient("WO-" + run, "Woche", "Olaf", LocalDate.of(1972, 4, 4),
                Sex.MALE));
        EpisodeOfCare episode = start(episodes, patient);
        EpisodeOfCare others = start(episodes, other);
        long maria = Workbench.service(ClinicianService.class).list().stream()
                .filter(c -> c.getDisplayName().equals("Maria Lehmann, PT")).findFirst().orElseThrow().getId();
        LocalDate thisMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeksAhead = 0;
        LocalDate tuesday = null;
        for (int k = 3; tuesday == null && k < 40; k++) { // a Tuesday morning of Maria's still free
            LocalDate candidate = thisMonday.plusWeeks(k).plusDays(1);
            if (episodes.nextFreeStart(maria, candidate.atTime(10, 0), 120).equals(candidate.atTime(10, 0))) {
                tuesday = candidate;
                weeksAhead = k;
            }
        }
        Visit olafs = episodes.addVisit(new Visit(other.getId(), others.getId(), tuesday.atTime(10, 0), maria,
                VisitType.DAILY));

        Workbench.switchUser(display, "demo.desk");
        try {
            Workbench.chooseInList(display, "WC-" + run);
            Workbench.executeLater(display, "atlas.patients.command.weekCalendar", null);
            Composite calendar = waitFor("the week calendar", () -> onUi(display,
                    () -> Workbench.partWidget("atlas.patients.partdescriptor.weekCalendar")));
            Canvas grid = waitFor("the grid", () -> onUi(display, () -> (Canvas) find(calendar, "calendar.grid")));
            waitFor("the therapists read", () -> onUi(display,
                    () -> ((Combo) find(calendar, "calendar.view")).getItemCount() > 1 ? true : null));
            display.syncExec(() -> {
                Combo view = (Combo) find(calendar, "calendar.view");
                view.select(List.of(view.getItems()).indexOf("Maria Lehmann, PT"));
                view.notifyListeners(SWT.Selection, new Event());
                grid.forceFocus();
            });
            for (int week = 0; week < weeksAhead; week++) {
                Keys.key(display, (char) 0, SWT.PAGE_DOWN);
            }
            String monday = atlas.ui.DateInput.forPlatform().format(thisMonday.plusWeeks(weeksAhead));
            summary(display, calendar, monday + " to ");
            Keys.key(display, (char) 0, SWT.ARROW_RIGHT); // Tuesday
            for (int quarter = 0; quarter < 12; quarter++) { // 07:00 + 3 hours
                Keys.key(display, (char) 0, SWT.ARROW_DOWN);
            }
            assertEquals(maria + "|" + tuesday.atTime(10, 0), cursor(display, grid));

            Keys.chord(display, SWT.ALT, (char) 0, SWT.ARROW_DOWN); // Olaf's visit a quarter hour later
            summary(display, calendar, "Moved: Woche, Olaf to ");
            assertEquals(tuesday.atTime(10, 15), episodes.visitsOf(others.getId()).get(0).getStartsAt());
            assertEquals(maria + "|" + tuesday.atTime(10, 15), cursor(display, grid), "the cursor moves with it");

            for (int quarter = 0; quarter < 4; quarter++) {
                Keys.key(display, (char) 0, SWT.ARROW_DOWN);
            }
            Keys.key(display, '\r', SWT.CR);
            Shell booking = Workbench.dialog(display, "dialog.addVisit");
            assertEquals(atlas.ui.DateInput.forPlatform().format(tuesday), onUi(display,
                    () -> ((Text) find(booking, "visit.date")).getText()));
            assertEquals("Maria Lehmann, PT", onUi(display, () -> ((Combo) find(booking, "visit.clinician")).getText()));
            Workbench.press(booking, "dialog.save");
            waitFor("the booking saved", () -> onUi(display, () -> booking.isDisposed() ? true : null));
            Visit wandas = episodes.visitsOf(episode.getId()).get(0);
            assertEquals(tuesday.atTime(11, 15), wandas.getStartsAt());
            assertEquals(maria, wandas.getClinicianId());

            display.syncExec(() -> { // Xvfb has no window manager to give the window back its focus
                grid.getShell().forceActive();
                grid.forceFocus();
            });
            for (int quarter = 0; quarter < 4; quarter++) { // back up to Olaf's visit at 10:15
                Keys.key(display, (char) 0, SWT.ARROW_UP);
            }
            settled(display, grid);
            for (int quarter = 1; quarter <= 2; quarter++) { // to 10:45 - touching Wanda's 11:15: allowed
                Keys.chord(display, SWT.ALT, (char) 0, SWT.ARROW_DOWN);
                settled(display, grid);
                assertEquals(tuesday.atTime(10, 15 + 15 * quarter), episodes.visitsOf(others.getId()).get(0)
                        .getStartsAt(), onUi(display, () -> ((Label) find(calendar, "calendar.summary")).getText()
                                + " / cursor " + cursor(display, grid)));
            }
            Keys.chord(display, SWT.ALT, (char) 0, SWT.ARROW_DOWN); // 11:00 would run into Wanda's visit
            String refused = summary(display, calendar, "Maria Lehmann, PT already has a visit on ");
            assertTrue(refused.endsWith(" from 11:15 to 12:15; choose another time or therapist"), refused); // a first visit: an evaluation, an hour
            Visit stays = episodes.visitsOf(others.getId()).get(0);
            assertEquals(tuesday.atTime(10, 45), stays.getStartsAt(), "nothing saved");
            assertEquals(VisitStatus.BOOKED, stays.getStatus());
            assertEquals(olafs.getId(), stays.getId());

            // dragged with the mouse: Olaf's visit from 10:45 up to 10:00
            org.eclipse.swt.graphics.Point from = pointOf(display, grid, tuesday.atTime(10, 45));
            org.eclipse.swt.graphics.Point to = pointOf(display, grid, tuesday.atTime(10, 0));
            drag(display, grid, from, to);
            summary(display, calendar, "Moved: Woche, Olaf to ");
            settled(display, grid);
            assertEquals(tuesday.atTime(10, 0), episodes.visitsOf(others.getId()).get(0).getStartsAt(), "saved");
            Workbench.closeParts(display, "atlas.patients.partdescriptor.weekCalendar");
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
            Workbench.closeRecords();
        }
    }

    /**
     * The middle of the quarter hour {@code at} on the grid, found as a user finds it by clicking:
     * each probe is a click (down and up at one point: the cursor moves, nothing is dragged), read
     * back from the cursor the grid publishes; the days run left to right, the times top to bottom.
     */
    private static org.eclipse.swt.graphics.Point pointOf(Display display, Canvas grid, java.time.LocalDateTime at) {
        org.eclipse.swt.graphics.Rectangle area = onUi(display, grid::getClientArea);
        int y0 = area.height / 2;
        int left = first(area.width, x -> !probe(display, grid, x, y0).toLocalDate().isBefore(at.toLocalDate()));
        int right = first(area.width, x -> probe(display, grid, x, y0).toLocalDate().isAfter(at.toLocalDate()));
        int x = (left + right) / 2;
        int top = first(area.height, y -> !probe(display, grid, x, y).isBefore(at));
        int bottom = first(area.height, y -> probe(display, grid, x, y).isAfter(at));
        return new org.eclipse.swt.graphics.Point(x, (top + bottom) / 2);
    }

    /** The smallest of 0 .. {@code size} - 1 where {@code reached} holds (it holds from there on), else {@code size}. */
    private static int first(int size, java.util.function.IntPredicate reached) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) / 2;
            if (reached.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** A click at the point; the start of the quarter hour the cursor then stands on (the gutter and header: the first). */
    private static java.time.LocalDateTime probe(Display display, Canvas grid, int x, int y) {
        return onUi(display, () -> {
            grid.setData("atlas.calendar.cursor", null); // a click beside the columns places no cursor
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event click = new Event();
                click.x = x;
                click.y = y;
                click.button = 1;
                grid.notifyListeners(type, click);
            }
            String cursor = (String) grid.getData("atlas.calendar.cursor");
            return cursor == null ? java.time.LocalDateTime.MIN
                    : java.time.LocalDateTime.parse(cursor.substring(cursor.indexOf('|') + 1));
        });
    }

    /**
     * Presses the first button at {@code from}, moves to {@code to} and lets go, as SWT mouse events
     * on the grid (posted through the X server, the button events reached no canvas under Xvfb here).
     */
    private static void drag(Display display, Canvas grid, org.eclipse.swt.graphics.Point from,
            org.eclipse.swt.graphics.Point to) {
        display.syncExec(() -> {
            grid.notifyListeners(SWT.MouseDown, mouse(from, 1));
            grid.notifyListeners(SWT.MouseMove, mouse(to, 0));
            grid.notifyListeners(SWT.MouseUp, mouse(to, 1));
        });
    }

    private static Event mouse(org.eclipse.swt.graphics.Point at, int button) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = button == 0 ? SWT.BUTTON1 : 0;
        return event;
    }

    /** Waits until the last move is saved and the week read again after it. */
    private static void settled(Display display, Canvas grid) throws InterruptedException {
        waitFor("the move saved and the week read again", () -> onUi(display,
                () -> Boolean.TRUE.equals(grid.getData("atlas.calendar.moving")) ? null : true));
    }

    private static String cursor(Display display, Canvas grid) {
        return onUi(display, () -> (String) grid.getData("atlas.calendar.cursor"));
    }

    private static String summary(Display display, Composite calendar, String start) throws InterruptedException {
        return waitFor("the calendar saying " + start, () -> onUi(display, () -> {
            String said = ((Label) find(calendar, "calendar.summary")).getText();
            return said.startsWith(start) ? said : null;
        }));
    }

    private static EpisodeOfCare start(EpisodeService episodes, Patient patient) throws Exception {
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        return episodes.start(episode);
    }
}
