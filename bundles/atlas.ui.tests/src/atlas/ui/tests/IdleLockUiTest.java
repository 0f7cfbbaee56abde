package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * The idle lock: after the idle time the window is hidden and the password asked; a wrong one is
 * refused; the right one brings the window back with the unsaved draft as it was typed.
 */
class IdleLockUiTest {

    @Test
    void theLockHidesTheRecordAndKeepsTheUnsavedDraft() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("IDL-" + run, "Ilg", "Ida",
                LocalDate.of(1980, 2, 2), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new java.util.ArrayList<>(List.of(Diagnosis.icd10("M54.2", "Cervicalgia"))));
        episode = episodes.start(episode);
        episodes.addVisit(new Visit(patient.getId(), episode.getId(), LocalDateTime.now().withNano(0), null,
                VisitType.DAILY));
        Composite record = Workbench.openAtFirstVisit(display, patient.getId(), "Ilg, Ida");
        // the visit's note is read in the background; it takes typing once shown
        waitFor("the note ready for typing", () -> onUi(display, () -> ((Text) require(record, "note.subjective"))
                .getEditable() && ((Text) require(record, "note.subjective")).isEnabled() ? true : null));
        String typed = "Neck stiff on waking, headache 3 of 7 days";
        type(record, "note.subjective", typed);

        System.setProperty("atlas.idleLockSeconds", "2");
        try {
            Shell lock = waitFor("the idle lock", () -> onUi(display, () -> {
                for (Shell shell : display.getShells()) {
                    if ("dialog.signIn".equals(shell.getData(atlas.ui.AtlasContext.WIDGET_ID)) && shell.isVisible()) {
                        return shell;
                    }
                }
                return null;
            }));
            System.setProperty("atlas.idleLockSeconds", "0");
            assertEquals("Atlas is locked", onUi(display, lock::getText));
            assertFalse(onUi(display, main::isVisible), "no patient data on the unattended screen");
            assertEquals(Workbench.THERAPIST, onUi(display, () -> ((Text) require(lock, "signIn.username")).getText()));

            display.syncExec(() -> {
                ((Text) require(lock, "signIn.password")).setText("not my password");
                ((Button) require(lock, "signIn.ok")).notifyListeners(SWT.Selection, new Event());
            });
            Workbench.idle(lock); // the password is checked in the background
            assertEquals("The user name or the password is wrong.",
                    onUi(display, () -> ((Label) require(lock, "signIn.message")).getText()));
            assertFalse(onUi(display, main::isVisible), "still locked");
            // the third wrong one in a row: the throttle's words are read whole, not cut off (issue 14, finding 7)
            for (int wrong = 2; wrong <= 3; wrong++) {
                display.syncExec(() -> {
                    ((Text) require(lock, "signIn.password")).setText("not my password");
                    ((Button) require(lock, "signIn.ok")).notifyListeners(SWT.Selection, new Event());
                });
                Workbench.idle(lock);
            }
            Label throttled = onUi(display, () -> (Label) require(lock, "signIn.message"));
            assertEquals("Too many wrong passwords: wait 30 seconds before the next try.", onUi(display, throttled::getText));
            display.syncExec(() -> {
                int width = throttled.getSize().x;
                int needed = throttled.computeSize(width, SWT.DEFAULT).y;
                assertTrue(throttled.getSize().y >= needed, "the message is " + throttled.getSize().y + " px high, its"
                        + " lines need " + needed);
                int top = lock.toControl(throttled.toDisplay(0, 0)).y;
                assertTrue(lock.getClientArea().height >= top + needed, "inside the dialog: " + (top + needed) + " of "
                        + lock.getClientArea().height + " px");
            });
            Thread.sleep(31_000); // the throttle's wait
            display.syncExec(() -> {
                ((Text) require(lock, "signIn.password")).setText(Workbench.DEMO_PASSWORD);
                ((Button) require(lock, "signIn.ok")).notifyListeners(SWT.Selection, new Event());
            });
            waitFor("the window back", () -> onUi(display, () -> main.isVisible() ? true : null));
            assertEquals(typed, onUi(display, () -> ((Text) require(record, "note.subjective")).getText()),
                    "what was typed is still there");
            assertTrue(onUi(display, () -> lock.isDisposed()));
        } finally {
            System.setProperty("atlas.idleLockSeconds", "0");
        }
        Workbench.closeRecords();
    }
}
