package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.core.store.ClinicalDatabase;

/**
 * The first-day checklist (issue 17) reads each step from where it is kept: the administrator opens
 * it from Administration, does the recovery key step from it - closed without saying the new key is
 * written down the step is not done, said written down it is - and leaves the rest for later.
 */
class FirstDayChecklistUiTest {

    @Test
    void theRecoveryKeyStepIsDoneOnlyOnceTheNewKeyIsSaidWrittenDown() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Workbench.switchToAdministrator(display);
        try {
            Workbench.executeLater(display, "atlas.admin.command.firstDay", null);
            Shell checklist = Workbench.dialog(display, "dialog.firstDay");
            assertEquals("Done", status(checklist, "USERS"), "the demo clinic has users beside the administrator");
            assertTrue(onUi(display, () -> Workbench.find(checklist, "firstDay.status.BACKUP_DESTINATION")) != null,
                    "an embedded database has a backup step");

            // Do It Now: a new recovery key, closed without saying it is written down
            Workbench.pressLater(checklist, "firstDay.do.RECOVERY_KEY");
            Shell shown = Workbench.dialog(display, "dialog.recoveryKey");
            display.syncExec(shown::close);
            waitFor("the step read again: not done", () -> "Not yet".equals(status(checklist, "RECOVERY_KEY")) ? true
                    : null);
            assertFalse(Workbench.service(ClinicalDatabase.class).recoveryKeyWrittenDownAt().isPresent());

            // again, written down this time
            Workbench.pressLater(checklist, "firstDay.do.RECOVERY_KEY");
            AdministrationUiTest.writeDownRecoveryKey(display);
            waitFor("the step read again: done", () -> "Done".equals(status(checklist, "RECOVERY_KEY")) ? true : null);
            assertTrue(Workbench.service(ClinicalDatabase.class).recoveryKeyWrittenDownAt().isPresent());

            Workbench.press(checklist, "dialog.close");
            waitFor("the checklist left for later", () -> onUi(display, () -> checklist.isDisposed() ? true : null));
        } finally {
            display.syncExec(() -> {
                for (Shell shell : display.getShells()) {
                    if ("dialog.firstDay".equals(shell.getData(atlas.ui.AtlasContext.WIDGET_ID))) {
                        shell.close();
                    }
                }
            });
            Workbench.switchUser(display, Workbench.THERAPIST); // the other UI tests work as the therapist
        }
    }

    private static String status(Shell checklist, String task) {
        return onUi(checklist.getDisplay(), () -> checklist.isDisposed() ? null
                : ((Label) require(checklist, "firstDay.status." + task)).getText());
    }
}
