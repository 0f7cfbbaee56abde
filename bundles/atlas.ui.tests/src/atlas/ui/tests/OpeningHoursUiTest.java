package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicService;
import atlas.core.dates.ClinicDates;
import atlas.core.episode.OpeningHours;
import atlas.ui.ValidatedDialog;

/**
 * Issue 18, the clinic's opening hours: the administrator types them into Clinic Details by keys - a
 * time that is no time and one off the quarter hour are refused by name, Save disabled -, closes
 * on Friday and opens on Saturday with the space bar, saves; the therapist's week calendar then
 * starts its day at the new opening time and offers Saturday, not Friday.
 */
class OpeningHoursUiTest {

    private static final OpeningHours MORNINGS = new OpeningHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.SATURDAY));

    @Test
    void theAdministratorSetsTheHoursByKeysAndTheWeekCalendarKeepsThem() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        ClinicDates clock = ClinicDates.forPlatform();
        Workbench.switchToAdministrator(display);
        ClinicDetails before = Workbench.service(ClinicService.class).details();
        try {
            Shell details = ClinicDetailsAtHand.open(display);
            assertEquals(clock.time(before.hours().opens()), onUi(display,
                    () -> ((Text) require(details, "clinic.opens")).getText()), "the hours in force are shown");
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.opens")), "8h");
            refused(display, details, "Opens: 8h is not a time of day: type it as ");
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.opens")), "8:10");
            refused(display, details, "Opens: 08:10 is not on the quarter hour");
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.opens")), "8:00");
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.closes")), "8:30");
            refused(display, details, "Closes: must be at least an hour after the clinic opens (08:00)");
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.closes")), "12:00");
            space(display, details, "clinic.day.friday");
            space(display, details, "clinic.day.saturday");
            waitFor("the hours accepted", () -> onUi(display,
                    () -> ((Button) require(details, "dialog.save")).isEnabled() ? true : null));
            Workbench.press(details, "dialog.save");
            waitFor("the details saved", () -> onUi(display, () -> details.isDisposed() ? true : null));
            assertEquals(MORNINGS, Workbench.service(ClinicService.class).details().hours());

            Workbench.switchUser(display, Workbench.THERAPIST);
            Workbench.executeLater(display, "atlas.patients.command.weekCalendar", null);
            Composite calendar = waitFor("the week calendar", () -> onUi(display,
                    () -> Workbench.partWidget("atlas.patients.partdescriptor.weekCalendar")));
            List<String> days = waitFor("the clinic's open days offered", () -> onUi(display, () -> {
                List<String> offered = List.of(((Combo) find(calendar, "calendar.day")).getItems());
                return offered.size() == 5 ? offered : null;
            }));
            assertTrue(days.stream().anyMatch(day -> day.startsWith("Sat ")), days.toString());
            assertTrue(days.stream().noneMatch(day -> day.startsWith("Fri ")), days.toString());
            Canvas grid = onUi(display, () -> (Canvas) find(calendar, "calendar.grid"));
            display.syncExec(grid::forceFocus);
            Keys.key(display, (char) 0, SWT.ARROW_DOWN);
            Keys.key(display, (char) 0, SWT.ARROW_UP);
            String cursor = onUi(display, () -> (String) grid.getData("atlas.calendar.cursor"));
            assertTrue(cursor.endsWith("T08:00"), "the day starts when the clinic opens: " + cursor);
            for (int quarter = 0; quarter < 30; quarter++) {
                Keys.key(display, (char) 0, SWT.ARROW_DOWN);
            }
            cursor = onUi(display, () -> (String) grid.getData("atlas.calendar.cursor"));
            assertTrue(cursor.endsWith("T11:45"), "the last quarter before noon: " + cursor);
            Workbench.closeParts(display, "atlas.patients.partdescriptor.weekCalendar");
        } finally { // the other tests book in the usual hours
            ClinicDetailsAtHand.putBack(display, new ClinicDetails(before.name(), before.address(), before.phone(),
                    before.recordNumberPattern(), before.logo(), OpeningHours.USUAL));
        }
    }

    private static void refused(Display display, Shell dialog, String start) throws InterruptedException {
        waitFor("the dialog saying " + start, () -> onUi(display, () -> {
            String shown = (String) dialog.getData(ValidatedDialog.SHOWN_ERROR);
            return shown != null && shown.startsWith(start) ? shown : null;
        }));
        assertEquals(false, onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()));
    }

    /** The day's check box in focus, toggled with the space bar. */
    private static void space(Display display, Shell dialog, String id) throws InterruptedException {
        Button day = onUi(display, () -> (Button) require(dialog, id));
        boolean was = onUi(display, day::getSelection);
        display.syncExec(day::forceFocus);
        Keys.key(display, ' ', ' ');
        assertEquals(!was, onUi(display, day::getSelection), id);
    }
}
