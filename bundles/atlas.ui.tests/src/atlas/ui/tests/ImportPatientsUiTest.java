package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditTrail;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * Issue 20, patients brought in from another system: the front desk opens Patient > Import
 * Patients, types the path of a German Excel export (Windows-1252, semicolons) with real keys and
 * presses Enter - which reads the file, not closes the dialog. A date written 03/12/1984 is listed
 * by its line and field and Register stays off; with the date corrected, the column headed
 * "Geb." is not recognised, the date of birth has no column until the user chooses it; then a line
 * like a patient registered already is listed with that patient's number and Register waits for
 * the box that says to register it too. Register saves all three at once, the list finds them, and
 * the audit trail has each registration under the front desk's name.
 */
class ImportPatientsUiTest {

    private static final Charset EXCEL = Charset.forName("windows-1252");

    @Test
    void aCsvExportIsCheckedLineByLineAndRegisteredAllAtOnce() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        // the family names carry the run in letters: the test database keeps the patients of earlier runs
        String tag = run.toLowerCase().chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0'
                : c))).reduce("", String::concat);
        Path folder = Files.createTempDirectory("import");
        String header = "Aktennr;Nachname;Vorname;Geb.;Geschlecht;Adresse\r\n";
        String rows = "IM-" + run + "-1;Z\u00fcrcher" + tag + ";J\u00fcrg;12.03.1984;m;\"Seestrasse 4\r\n8000 Z\u00fcrich\"\r\n"
                + "IM-" + run + "-2;Sch\u00e4r" + tag + ";B\u00e9atrice;DATE;w;\r\n"
                + "IM-" + run + "-3;Imhof" + tag + ";Lorenz;1955-02-02;m;\r\n";
        Path wrong = Files.write(folder.resolve("export-wrong.csv"), (header + rows.replace("DATE", "03/12/1984"))
                .getBytes(EXCEL));
        Path corrected = Files.write(folder.resolve("export.csv"), (header + rows.replace("DATE", "1990-07-01"))
                .getBytes(EXCEL));
        Workbench.switchUser(display, "demo.desk");
        PatientService register = Workbench.service(PatientService.class);
        register.register(new Patient("IM-" + run + "-0", "Imhof" + tag, "Lorenz", LocalDate.of(1955, 2, 2),
                Sex.MALE));
        try {
            Workbench.executeLater(display, "atlas.patients.command.importPatients", null);
            Shell dialog = Workbench.dialog(display, "dialog.importPatients");
            readByKeys(display, dialog, wrong);
            waitFor("the file read and the date of birth without a column", () -> onUi(display,
                    () -> text(dialog, "import.summary").startsWith("1 problem listed") ? true : null));
            assertEquals("3 rows, read as windows-1252, values separated by \u201c;\u201d.", onUi(display,
                    () -> text(dialog, "import.howRead")));
            assertEquals(List.of("1|Date of birth|no column is chosen for it; every patient needs it"), problems(display,
                    dialog));
            assertEquals("2: Nachname", onUi(display, () -> combo(dialog, "familyName").getText()), "proposed");
            assertFalse(onUi(display, () -> register(dialog).isEnabled()));

            chooseColumn(display, dialog, "dateOfBirth", 4); // "4: Geb."
            waitFor("the wrong date listed by its line", () -> onUi(display, () -> problems(display, dialog).contains(
                    "4|Date of birth|\"03/12/1984\" is not a date; write 1984-03-12 or 12.03.1984") ? true : null));
            assertFalse(onUi(display, () -> register(dialog).isEnabled()), "no Register while a line is wrong");
            assertTrue(onUi(display, () -> dialog.isVisible()), "Enter read the file; the dialog is still open");

            readByKeys(display, dialog, corrected); // the columns proposed again: the date has none
            chooseColumn(display, dialog, "dateOfBirth", 4);
            waitFor("the corrected file checked", () -> onUi(display, () -> text(dialog, "import.summary")
                    .startsWith("3 patients to register") ? true : null));
            assertEquals(List.of("5|Family name|Imhof" + tag + ", Lorenz, born 1955-02-02, is likely IM-" + run
                    + "-0, registered already"), problems(display, dialog), "the registered patient named");
            assertTrue(onUi(display, () -> text(dialog, "import.summary")).startsWith("3 patients to register, with the"
                    + " record numbers of the file; 1 line looks like a patient registered already"));
            assertFalse(onUi(display, () -> register(dialog).isEnabled()), "a likely duplicate waits for the box");
            Workbench.press(dialog, "import.keepDuplicates");
            assertTrue(onUi(display, () -> register(dialog).isEnabled()));

            Workbench.pressLater(dialog, "import.register");
            waitFor("the dialog closed", () -> onUi(display, () -> dialog.isDisposed() ? true : null));
            Shell done = Workbench.dialogTitled(display, "Import Patients");
            assertTrue(onUi(display, () -> Workbench.labels(done)).contains("3 patients registered, IM-" + run + "-1 to IM-"
                    + run + "-3; each is in the audit trail."), onUi(display, () -> Workbench.labels(done)).toString());
            Workbench.pressLabelled(done, "OK");

            Patient zuercher = register.findByRecordNumber("IM-" + run + "-1").orElseThrow();
            assertEquals("Seestrasse 4\n8000 Z\u00fcrich", zuercher.getContact().getAddress());
            assertEquals("B\u00e9atrice", register.findByRecordNumber("IM-" + run + "-2").orElseThrow().getGivenName());
            Workbench.chooseInList(display, "IM-" + run + "-3");

            Workbench.switchToAdministrator(display);
            List<String> trail = new ArrayList<>();
            for (Patient patient : List.of(zuercher, register.findByRecordNumber("IM-" + run + "-3").orElseThrow())) {
                Workbench.service(AuditTrail.class).eventsOfPatient(patient.getId(), 5).stream()
                        .filter(event -> event.getRecordType().equals("Patient"))
                        .forEach(event -> trail.add(event.getAction() + " " + event.getActor()));
            }
            assertEquals(List.of(AuditAction.CREATE + " demo.desk", AuditAction.CREATE + " demo.desk"), trail);
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }

    /** The path typed with real keys into the file field, then Enter - which reads it, not registers. */
    private static void readByKeys(Display display, Shell dialog, Path file) throws InterruptedException {
        Workbench.type(dialog, "import.file", "");
        Keys.typeInto(display, onUi(display, () -> require(dialog, "import.file")), file.toString());
        Keys.key(display, '\r', SWT.CR);
    }

    private static void chooseColumn(Display display, Shell dialog, String field, int index) {
        display.syncExec(() -> {
            Combo combo = combo(dialog, field);
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
    }

    private static List<String> problems(Display display, Shell dialog) {
        return onUi(display, () -> {
            Table table = (Table) require(dialog, "import.problems");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                lines.add(table.getItem(i).getText(0) + "|" + table.getItem(i).getText(1) + "|"
                        + table.getItem(i).getText(2));
            }
            return lines;
        });
    }

    private static Combo combo(Shell dialog, String field) {
        return (Combo) require(dialog, "import.column." + field);
    }

    private static Button register(Shell dialog) {
        return (Button) require(dialog, "import.register");
    }

    private static String text(Shell dialog, String id) {
        return ((Label) require(dialog, id)).getText();
    }
}
