package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.store.ClinicalDatabase;

/**
 * Sign-out leaves nothing clinical or personal on screen: while the sign-in dialog waits for the
 * next person, the main window (patient list, records) is hidden, the record tabs are closed and
 * the status line says nobody is signed in; the window comes back for whoever signs in. The status
 * line speaks of records, not of database files (those are in its tooltip).
 */
class SignOutPrivacyUiTest {

    @Test
    void nothingOfTheLastUserIsOnScreenWhileTheNextSignsIn() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        PatientService patients = Workbench.service(PatientService.class);
        Patient patient = patients.register(new Patient("PRIV-" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                "Privat", "Pia", LocalDate.of(1966, 2, 2), Sex.FEMALE));
        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Workbench.record(display, "Privat, Pia");
        String before = status(display, main);
        assertTrue(before.startsWith("Records: this computer"), before);
        assertTrue(before.contains("Signed in as"), before);
        ClinicalDatabase database = Workbench.service(ClinicalDatabase.class);
        assertTrue(onUi(display, () -> ((CLabel) find(main, "status.database")).getToolTipText())
                .contains(database.location()), "the file is named in the tooltip");

        Workbench.executeLater(display, "atlas.app.command.switchUser", null);
        Shell signIn = Workbench.dialog(display, "dialog.signIn");
        assertFalse(onUi(display, main::isVisible), "the patient list and the records are not on screen");
        assertEquals(0L, onUi(display, () -> Workbench.partsNow().getParts().stream()
                .filter(p -> Workbench.RECORD_PART.equals(p.getElementId()) && p.isToBeRendered()).count()),
                "the record tabs are closed");
        String nobody = waitFor("the status line without a user", () -> {
            String text = status(display, main);
            return text.contains("Nobody is signed in") ? text : null;
        });
        assertFalse(nobody.contains("Signed in as"), nobody);

        display.syncExec(() -> {
            ((Text) find(signIn, "signIn.username")).setText(Workbench.THERAPIST);
            ((Text) find(signIn, "signIn.password")).setText(Workbench.DEMO_PASSWORD);
            ((Button) find(signIn, "signIn.ok")).notifyListeners(SWT.Selection, new Event());
        });
        waitFor("the window back for the next user", () -> onUi(display, () -> main.isVisible() ? true : null));
        String after = waitFor("the status line naming the user", () -> {
            String text = status(display, main);
            return text.contains("Signed in as") ? text : null;
        });
        assertTrue(after.startsWith("Records: this computer"), after);
    }

    private static String status(Display display, Shell main) {
        return onUi(display, () -> ((CLabel) find(main, "status.database")).getText());
    }
}
