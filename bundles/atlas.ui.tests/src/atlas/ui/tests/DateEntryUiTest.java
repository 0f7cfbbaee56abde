package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.executeLater;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.ui.ValidatedDialog;

/**
 * A date of birth typed on the keyboard the way each language writes it - German "12.3.1988" and
 * "12.03.1988", US English "3/12/1988", ISO everywhere - registered, shown back in that form, and
 * found again by typing it into the patient search. The hint shows the accepted form; a refusal
 * names it.
 */
class DateEntryUiTest {

    private static final LocalDate BORN = LocalDate.of(1988, 3, 12);
    private final Locale before = Locale.getDefault();

    @AfterEach
    void languageBack() {
        Locale.setDefault(before);
    }

    @Test
    void aGermanTherapistTypesDayMonthYear() throws Exception {
        Locale.setDefault(Locale.GERMAN);
        String number = register("12.3.1988", "27.11.2026", "31.2.1988");
        Shell main = Workbench.mainShell();
        assertEquals("12.03.1988", findInList(main, "12.03.1988", number), "the list shows the German form");
        findInList(main, "12.3.1988", number);
        findInList(main, "1988-03-12", number);
    }

    @Test
    void anAmericanTherapistTypesMonthDayYear() throws Exception {
        Locale.setDefault(Locale.US);
        String number = register("3/12/1988", "11/27/2026", "2/31/1988");
        Shell main = Workbench.mainShell();
        assertEquals("3/12/1988", findInList(main, "3/12/1988", number));
        findInList(main, "1988-03-12", number);
    }

    /**
     * Registers a patient with {@code dateOfBirth} typed key by key after {@code impossible} was
     * refused; returns the record number.
     */
    private static String register(String dateOfBirth, String hint, String impossible) throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        PatientService patients = Workbench.service(PatientService.class);
        Workbench.databaseReady();
        String number = "DATE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        executeLater(display, "atlas.patients.command.register", null);
        Shell register = dialog(display, "dialog.registerPatient");
        Text born = (Text) onUi(display, () -> require(register, "register.dateOfBirth"));
        assertEquals(hint, onUi(display, born::getMessage), "the empty field shows the accepted form");
        assertTrue(onUi(display, born::getToolTipText).contains(hint), onUi(display, born::getToolTipText));
        type(register, "register.recordNumber", number);
        type(register, "register.familyName", "Datum");
        type(register, "register.givenName", "Lea");
        onUi(display, () -> {
            ((Combo) require(register, "register.sex")).select(0);
            require(register, "register.sex").notifyListeners(SWT.Selection, new Event());
            return null;
        });
        Keys.typeInto(display, born, impossible);
        String refusal = waitFor("the impossible date refused", () -> onUi(display, () -> {
            Object shown = register.getData(ValidatedDialog.SHOWN_ERROR);
            return shown instanceof String message && message.contains(impossible) ? message : null;
        }));
        assertTrue(refusal.contains(hint), "the refusal names the accepted form: " + refusal);
        Keys.typeInto(display, born, dateOfBirth);
        assertEquals(dateOfBirth, onUi(display, born::getText), "typed key by key");
        waitFor("Register enabled", () -> onUi(display,
                () -> ((Button) require(register, "dialog.save")).isEnabled() ? true : null));
        Workbench.press(register, "dialog.save");
        Patient saved = waitFor("the patient in the store", () -> {
            try {
                return patients.findByRecordNumber(number).orElse(null);
            } catch (Exception notYet) {
                return null;
            }
        });
        assertEquals(BORN, saved.getDateOfBirth());
        Workbench.closeRecords();
        return number;
    }

    /** Types {@code search} into the patient search; returns the date of birth shown in the row of {@code number}. */
    private static String findInList(Shell main, String search, String number) throws Exception {
        Display display = main.getDisplay();
        type(main, "patients.search", search);
        return waitFor(number + " found by " + search, () -> onUi(display, () -> {
            Table table = (Table) Workbench.find(main, "patients.table");
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).equals(number)) {
                    return table.getItem(i).getText(2);
                }
            }
            return null;
        }));
    }
}
