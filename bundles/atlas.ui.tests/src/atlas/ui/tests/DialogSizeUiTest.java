package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.ui.DataFolder;

/**
 * Every dialog is resizable and opens at the size the user left it at on this workstation: the
 * size is kept in the data folder (dialog-sizes.xml), so it also holds after a restart.
 */
class DialogSizeUiTest {

    @Test
    void aDialogOpensAgainAtTheSizeItWasLeftAt() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Shell first = open(display);
        Point natural = onUi(display, first::getSize);
        Point bigger = new Point(natural.x + 140, natural.y + 90);
        display.syncExec(() -> first.setSize(bigger));
        Workbench.press(first, "dialog.cancel");
        Workbench.waitFor("the dialog closed", () -> onUi(display, () -> first.isDisposed() ? true : null));

        Shell again = open(display);
        try {
            assertEquals(bigger, onUi(display, again::getSize), "opened at the size it was left at");
            Path kept = DataFolder.path().resolve("dialog-sizes.xml");
            assertTrue(Files.readString(kept).contains("dialog.registerPatient"), "kept on this workstation: " + kept);
        } finally {
            display.syncExec(() -> again.setSize(natural)); // the other tests see it as it was
            Workbench.press(again, "dialog.cancel");
        }
    }

    private static Shell open(Display display) throws InterruptedException {
        Workbench.executeLater(display, "atlas.patients.command.register", null);
        return dialog(display, "dialog.registerPatient");
    }
}
