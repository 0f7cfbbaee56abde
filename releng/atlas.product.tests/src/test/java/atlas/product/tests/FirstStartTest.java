package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A clinic's first day (issue 17), on the built product with real key presses: started on an empty
 * data folder, Atlas asks for the first administrator, shows the recovery key (written down), asks
 * for the sign-in, and once the administrator is in, opens the first-day checklist by itself - with
 * the recovery key already done and the rest still to do. The next start opens no checklist.
 */
class FirstStartTest {

    private static final String PASSWORD = "first day password 1";
    private static final String SHOWN = "First-day checklist shown";

    @Test
    void theFirstAdministratorIsGuidedThroughTheSetUpOnceSignedIn() throws Exception {
        Product.assumeRunnable();
        Path data = Path.of(System.getProperty("atlas.test.work"), "first-start");
        Product.deleteRecursively(data);
        Product atlas = new Product(data);
        atlas.startNewClinic();
        // the first administrator: the user name is proposed ("admin"), the cursor is in the name
        Keys.type("Clinic Administrator");
        Keys.press("Tab");
        Keys.type(PASSWORD);
        Keys.press("Tab");
        Keys.type(PASSWORD);
        Keys.press("Return");
        Thread.sleep(1_500);
        // the recovery key of the new clinic: tick "I have written it down", then Done
        Keys.press("Tab", "space", "Tab", "Return");
        atlas.awaitLog(1, line -> line.contains("Atlas ready in"), "the sign-in was not asked");
        Thread.sleep(700);
        atlas.signIn("admin", PASSWORD);
        atlas.awaitLog(1, line -> line.contains(SHOWN), "the first-day checklist did not open by itself");
        String shown = atlas.log().stream().filter(line -> line.contains(SHOWN)).findFirst().orElseThrow();
        assertTrue(shown.contains("done: [RECOVERY_KEY]"), "the key written down at the first start counts: " + shown);
        assertTrue(shown.contains("CLINIC_DETAILS") && shown.contains("USERS"), "the rest is still to do: " + shown);
        // ended by a kill: without a window manager the keyboard does not reliably return to the
        // main window after the checklist closes; a crash loses nothing committed (CrashRestartTest)
        atlas.kill();

        atlas.start();
        atlas.signIn("admin", PASSWORD);
        Thread.sleep(2_000);
        atlas.quit();
        assertFalse(atlas.log().stream().filter(line -> line.contains(SHOWN)).count() > 1,
                "only the new clinic's first sign-in opens it by itself");
    }
}
