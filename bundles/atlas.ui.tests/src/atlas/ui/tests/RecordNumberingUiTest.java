package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.ui.ValidatedDialog;

/**
 * Record numbers by the clinic's pattern (issue 17): the administrator sets the pattern in Clinic
 * Details (a wrong one refused there, naming the field and the allowed form); the front desk
 * registers a patient leaving the number empty, the field's hint naming the number it will get,
 * and the patient is stored under it. A number typed by hand stays possible.
 */
class RecordNumberingUiTest {

    @Test
    void theDeskLeavesTheNumberEmptyAndThePatientGetsTheNextOfTheClinicsPattern() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String year = Integer.toString(LocalDate.now().getYear()).substring(2);
        Workbench.switchToAdministrator(display);
        ClinicDetails before = Workbench.service(ClinicService.class).details();
        try {
            Shell details = ClinicDetailsAtHand.open(display);
            // a pattern with too short a running number: refused in the dialog, by field and allowed form
            Workbench.type(details, "clinic.numbering", "nr{yy}-{nn}");
            String refused = waitFor("the pattern refused", () -> onUi(display,
                    () -> (String) details.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.startsWith("Record numbers: \"NR{YY}-{NN}\" is not valid:"), refused);
            assertTrue(refused.contains("e.g. P-{YYYY}-{NNNN}"), refused);
            assertEquals(false, onUi(display, () -> ((Button) require(details, "dialog.save")).isEnabled()));
            Workbench.type(details, "clinic.numbering", "nr{yy}-{nnnnn}");
            waitFor("the pattern accepted", () -> onUi(display,
                    () -> ((Button) require(details, "dialog.save")).isEnabled() ? true : null));
            Workbench.press(details, "dialog.save");
            waitFor("the details saved", () -> onUi(display, () -> details.isDisposed() ? true : null));
            assertEquals("NR{YY}-{NNNNN}", Workbench.service(ClinicService.class).details().recordNumberPattern(),
                    "typed in lower case, kept in upper case as record numbers are");

            Workbench.switchUser(display, "demo.desk");
            String expected = Workbench.service(PatientService.class).nextRecordNumber().orElseThrow();
            assertTrue(expected.matches("NR" + year + "-\\d{5}"), expected);
            Workbench.executeLater(display, "atlas.patients.command.register", null);
            Shell register = Workbench.dialog(display, "dialog.registerPatient");
            assertEquals("empty: the next number, " + expected, waitFor("the next number as the hint", () -> onUi(display,
                    () -> {
                        String hint = ((Text) require(register, "register.recordNumber")).getMessage();
                        return hint == null || hint.isEmpty() ? null : hint;
                    })));
            Keys.typeInto(display, onUi(display, () -> require(register, "register.familyName")), "Nummer");
            Keys.typeInto(display, onUi(display, () -> require(register, "register.givenName")), "Nina");
            Keys.typeInto(display, onUi(display, () -> require(register, "register.dateOfBirth")), "4/5/1977");
            display.syncExec(() -> {
                Combo sex = (Combo) require(register, "register.sex");
                sex.select(0);
                sex.notifyListeners(SWT.Selection, new Event());
            });
            waitFor("registration allowed with the number left empty", () -> onUi(display,
                    () -> ((Button) require(register, "dialog.save")).isEnabled() ? true : null));
            Workbench.press(register, "dialog.save");
            waitFor("the patient registered", () -> onUi(display, () -> register.isDisposed() ? true : null));
            Patient stored = Workbench.service(PatientService.class).findByRecordNumber(expected).orElseThrow();
            assertEquals("Nummer", stored.getFamilyName());
        } finally {
            ClinicDetailsAtHand.putBack(display, before); // the other tests type their numbers
        }
    }
}
