package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.store.AtRest;
import atlas.core.store.ClinicalDatabase;

/**
 * Every start of a clinic's Atlas once its key is protected (issue 8, encryption at rest): the
 * product is started a second time on the data folder the other UI tests left (the administrator's
 * sign-in there protected the key), so the database waits for the first sign-in. A wrong password
 * leaves it closed; the therapist's password opens the key, then the database and the list.
 * Run by its own surefire execution after the others (see pom.xml).
 */
class LockedStartUiTest {

    @Test
    void aProtectedDatabaseOpensWithTheFirstSignIn() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        ClinicalDatabase database = Workbench.service(ClinicalDatabase.class);
        Shell signIn = Workbench.dialog(display, "dialog.signIn");
        String waiting = waitFor("the status line read", () -> onUi(display, () -> {
            String text = ((CLabel) find(main, "status.database")).getText();
            return text != null && text.contains("are encrypted: they open when you sign in") ? text : null;
        }));
        assertTrue(waiting.contains("are encrypted: they open when you sign in"),
                "the first run protected the key, so this start waits for the sign-in: " + waiting);
        assertFalse(database.isOpen());

        display.syncExec(() -> {
            ((Text) find(signIn, "signIn.username")).setText(Workbench.THERAPIST);
            ((Text) find(signIn, "signIn.password")).setText("not the password");
            ((Button) find(signIn, "signIn.ok")).notifyListeners(org.eclipse.swt.SWT.Selection,
                    new org.eclipse.swt.widgets.Event());
        });
        String refused = waitFor("the refusal", () -> onUi(display, () -> {
            String text = ((Label) find(signIn, "signIn.message")).getText();
            return text.isEmpty() ? null : text;
        }));
        assertEquals("The user name or the password is wrong.", refused);
        assertFalse(database.isOpen(), "a wrong password opens nothing");

        Workbench.databaseReady(); // the therapist signs in through the same dialog
        assertTrue(database.isOpen());
        assertEquals(AtRest.ENCRYPTED, database.atRest());
        String ready = waitFor("the status line", () -> onUi(display, () -> {
            String text = ((CLabel) find(main, "status.database")).getText();
            return text.contains(", encrypted") ? text : null;
        }));
        assertTrue(ready.contains("Signed in as Maria Lehmann, PT"), ready);
        // a clinic without a verified backup is told so (issue 14, finding 8)
        assertTrue(ready.contains("no verified backup yet"), ready);
        int rows = waitFor("the patient list", () -> onUi(display, () -> {
            Table table = (Table) find(Workbench.partWidget("atlas.app.part.patients"), "patients.table");
            return table.getItemCount() >= 24 ? table.getItemCount() : null;
        }));
        assertTrue(rows >= 24, "the demo clinic's patients are listed: " + rows);
    }
}
