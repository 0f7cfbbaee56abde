package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.patient.PatientSummary;
import atlas.core.patient.Sex;
import atlas.core.store.ClinicalDatabase;

/**
 * Starts the real Atlas workbench (the product's E4Application, under Xvfb in CI) on a fresh data
 * folder with demo patients, and checks what a therapist sees in the patient list.
 */
class PatientListUiTest {

    /** Every test starts from an empty search field: the whole register. */
    @BeforeEach
    void clearTheSearch() throws Exception {
        Shell shell = Workbench.mainShell();
        Workbench.databaseReady(); // signed in: the patient register answers only then
        shell.getDisplay().syncExec(() -> {
            Text search = (Text) find(shell, "patients.search");
            if (search != null) {
                search.setText("");
            }
        });
    }

    @Test
    void thePatientListShowsThePatientsInTheStoreAndRefreshes() throws Exception {
        Shell shell = Workbench.mainShell();
        Display display = shell.getDisplay();
        assertEquals("Atlas", onUi(display, shell::getText));

        PatientService patients = Workbench.service(PatientService.class);
        List<String> stored = waitFor("demo patients in the store", () -> recordNumbers(patients));
        assertEquals(24, stored.stream().filter(number -> number.startsWith("DEMO-")).count(),
                "the demo option registers 24 patients");
        assertEquals(stored, waitForRows(display, shell, stored), "rows in list order");

        ClinicalDatabase database = Workbench.service(ClinicalDatabase.class);
        String status = waitFor("the status line naming where the records are", () -> onUi(display, () -> {
            String text = ((CLabel) find(shell, "status.database")).getText();
            return text != null && text.startsWith("Records: this computer") ? text : null;
        }));
        assertTrue(onUi(display, () -> ((CLabel) find(shell, "status.database")).getToolTipText())
                .contains(database.location()), status + ": the file in the tooltip");

        // A patient registered elsewhere appears after File > Refresh patient list (F5).
        String aalto = "UI-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        patients.register(new Patient(aalto, "Aaaalto", "Ilona", LocalDate.of(1990, 5, 4), Sex.FEMALE));
        IEclipseContext context = Workbench.application().getContext();
        display.syncExec(() -> {
            ParameterizedCommand refresh = context.get(ECommandService.class)
                    .createCommand("atlas.app.command.refreshPatients", null);
            context.get(EHandlerService.class).executeHandler(refresh);
        });
        List<String> withAalto = recordNumbers(patients);
        assertEquals(stored.size() + 1, withAalto.size());
        assertTrue(withAalto.contains(aalto));
        waitForRows(display, shell, withAalto);
        assertEquals(String.format("%,d patients.", withAalto.size()), onUi(display, () -> ((org.eclipse.swt.widgets.Label) find(shell,
                "patients.summary")).getText()));
    }

    @Test
    void typingInTheSearchFieldFiltersTheListAsTheStoreDoes() throws Exception {
        Shell shell = Workbench.mainShell();
        Display display = shell.getDisplay();
        PatientService patients = Workbench.service(PatientService.class);
        waitFor("demo patients in the store", () -> recordNumbers(patients));
        for (String typed : List.of("s", "sch", "santos, h", "DEMO-00001", "zzz", "")) {
            display.syncExec(() -> ((Text) find(shell, "patients.search")).setText(typed));
            List<String> expected = patients.searchSummaries(PatientQuery.parse(typed), 0, 1000).stream()
                    .map(PatientSummary::recordNumber).collect(Collectors.toList());
            assertEquals(expected, waitForRows(display, shell, expected), "after typing \"" + typed + "\"");
        }
        display.syncExec(() -> ((Text) find(shell, "patients.search")).setText("zzz"));
        assertEquals("No patient matches.", waitFor("the no-match message", () -> onUi(display, () -> {
            String text = ((org.eclipse.swt.widgets.Label) find(shell, "patients.summary")).getText();
            return text.startsWith("No patient") ? text : null;
        })));
        display.syncExec(() -> ((Text) find(shell, "patients.search")).setText(""));
    }

    private static List<String> recordNumbers(PatientService patients) {
        try {
            List<String> numbers = patients.list(0, 1000).stream().map(Patient::getRecordNumber)
                    .collect(Collectors.toList());
            return numbers.size() >= 24 ? numbers : null;
        } catch (Exception e) {
            return null; // still opening
        }
    }

    /** The record numbers in the table, once they are {@code expected}; fails after a minute. */
    private static List<String> waitForRows(Display display, Shell shell, List<String> expected)
            throws InterruptedException {
        return waitFor(expected.size() + " rows in the patient list: " + expected, () -> onUi(display, () -> {
            Table table = (Table) find(shell, "patients.table");
            if (table == null || table.getItemCount() != expected.size()) {
                return null;
            }
            List<String> shown = Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(0))
                    .collect(Collectors.toList());
            return shown.equals(expected) ? shown : null;
        }));
    }
}
