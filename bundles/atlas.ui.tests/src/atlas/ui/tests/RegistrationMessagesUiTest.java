package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.ui.ValidatedDialog;

/**
 * The registration dialog speaks as a person would: before anything is typed it says what it is
 * for (no error, nothing red); once typing has begun it names the next field still needed,
 * without an error mark; once every field is valid it says what it is for again - never that
 * fields are invalid. Typed with real keys.
 */
class RegistrationMessagesUiTest {

    private static final String PURPOSE = "A new patient: record number, name, date of birth and sex are needed; "
            + "contact and referral can follow.";

    @Test
    void theHeaderNeverSaysFieldsAreInvalidWhenTheyAreNot() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Workbench.executeLater(display, "atlas.patients.command.register", null);
        Shell dialog = Workbench.dialog(display, "dialog.registerPatient");
        assertEquals(PURPOSE, header(dialog), "before typing: what the dialog is for");
        assertEquals(null, error(dialog), "nothing red before typing");
        assertEquals(false, onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()));

        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Keys.typeInto(display, text(dialog, "register.recordNumber"), "REG-" + run);
        String next = waitFor("the guidance", () -> onUi(display, () -> PURPOSE.equals(header(dialog)) ? null
                : header(dialog)));
        assertTrue(next.startsWith("Family name:"), "the next field still needed: " + next);
        assertEquals(null, error(dialog), "guidance, not an error: the record number typed is valid");

        Keys.typeInto(display, text(dialog, "register.familyName"), "Meldung");
        Keys.typeInto(display, text(dialog, "register.givenName"), "Mia");
        Keys.typeInto(display, text(dialog, "register.dateOfBirth"), "3/12/1988");
        display.syncExec(() -> {
            Combo sex = (Combo) require(dialog, "register.sex");
            sex.select(1);
            sex.notifyListeners(SWT.Selection, new Event());
        });
        waitFor("every field valid", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()
                ? true : null));
        assertEquals(PURPOSE, header(dialog), "all valid: what the dialog is for again, no word of invalid fields");
        assertEquals(null, error(dialog));
        Workbench.press(dialog, "dialog.cancel");
    }

    private static String header(Shell dialog) {
        return onUi(dialog.getDisplay(), () -> (String) dialog.getData(ValidatedDialog.SHOWN_MESSAGE));
    }

    private static String error(Shell dialog) {
        return onUi(dialog.getDisplay(), () -> (String) dialog.getData(ValidatedDialog.SHOWN_ERROR));
    }

    private static Text text(Shell dialog, String id) {
        return onUi(dialog.getDisplay(), () -> (Text) require(dialog, id));
    }
}
