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
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.store.ClinicalDatabase;

/**
 * Starts the real Atlas workbench (the product's E4Application, under Xvfb in CI) on a fresh data
 * folder with demo patients, and checks what a therapist sees in the patient list.
 */
class PatientListUiTest {

    @Test
    void thePatientListShowsThePatientsInTheStoreAndRefreshes() throws Exception {
        Shell shell = Workbench.mainShell();
        Display display = shell.getDisplay();
        assertEquals("Atlas", onUi(display, shell::getText));

        PatientService patients = Workbench.service(PatientService.class);
        List<String> stored = waitFor("demo patients in the store", () -> recordNumbers(patients));
        assertEquals(24, stored.size(), "the demo option registers 24 patients");
        assertEquals(stored, waitForRows(display, shell, stored.size()), "rows in list order");

        ClinicalDatabase database = Workbench.service(ClinicalDatabase.class);
        String status = onUi(display, () -> ((CLabel) find(shell, "status.database")).getText());
        assertTrue(status.contains(database.location()), status);

        // A patient registered elsewhere appears after File > Refresh patient list (F5).
        patients.register(new Patient("UI-0001", "Aalto", "Ilona", LocalDate.of(1990, 5, 4), Sex.FEMALE));
        IEclipseContext context = Workbench.application().getContext();
        display.syncExec(() -> {
            ParameterizedCommand refresh = context.get(ECommandService.class)
                    .createCommand("atlas.app.command.refreshPatients", null);
            context.get(EHandlerService.class).executeHandler(refresh);
        });
        List<String> refreshed = waitForRows(display, shell, 25);
        assertEquals("UI-0001", refreshed.get(0), "Aalto sorts first");
        assertEquals("25 patients.", onUi(display, () -> ((org.eclipse.swt.widgets.Label) find(shell,
                "patients.summary")).getText()));
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

    /** The record numbers in the table once it shows {@code expected} rows. */
    private static List<String> waitForRows(Display display, Shell shell, int expected) throws InterruptedException {
        return waitFor(expected + " rows in the patient list", () -> onUi(display, () -> {
            Table table = (Table) find(shell, "patients.table");
            if (table == null || table.getItemCount() != expected) {
                return null;
            }
            return Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(0))
                    .collect(Collectors.toList());
        }));
    }
}
