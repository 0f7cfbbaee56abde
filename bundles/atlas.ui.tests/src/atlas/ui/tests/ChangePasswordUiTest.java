package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.core.security.SignInRefused;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.ui.AtlasContext;

/**
 * File > Change Password in the real workbench: the signed-in therapist's own password, refused
 * with a wrong current one or two different new ones, then changed; the old password no longer
 * signs in. The demo password is put back for the other tests.
 */
class ChangePasswordUiTest {

    private static final String NEW_PASSWORD = "a-new-therapist-pass";

    @Test
    void theSignedInUserChangesTheirOwnPassword() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        UserService users = Workbench.service(UserService.class);
        UserAccount therapist = (UserAccount) Workbench.application().getContext().get(AtlasContext.USER);
        boolean changed = false;
        try {
            Workbench.executeLater(display, "atlas.app.command.changePassword", null);
            Shell dialog = Workbench.dialog(display, "dialog.changePassword");
            type(dialog, "changePassword.current", "not the password");
            type(dialog, "changePassword.password", NEW_PASSWORD);
            type(dialog, "changePassword.repeat", NEW_PASSWORD);
            Workbench.press(dialog, "changePassword.ok");
            expectMessage(display, dialog, "The current password is wrong.");
            type(dialog, "changePassword.current", Workbench.DEMO_PASSWORD);
            type(dialog, "changePassword.repeat", NEW_PASSWORD + "x");
            Workbench.press(dialog, "changePassword.ok");
            expectMessage(display, dialog, "The two passwords differ; type the same password twice.");
            type(dialog, "changePassword.repeat", NEW_PASSWORD);
            Workbench.pressLater(dialog, "changePassword.ok");
            // changed in the background; the dialog closes once it is done, then the confirmation opens
            waitFor("the dialog closed", () -> onUi(display, () -> dialog.isDisposed() ? true : null));
            Shell done = Workbench.dialogTitled(display, "Change your password");
            Workbench.pressLabelled(done, "OK");
            changed = true;

            assertThrows(SignInRefused.class,
                    () -> users.signIn(Workbench.THERAPIST, Workbench.DEMO_PASSWORD.toCharArray(), Instant.now()));
            assertEquals(Workbench.THERAPIST,
                    users.signIn(Workbench.THERAPIST, NEW_PASSWORD.toCharArray(), Instant.now()).getUsername());
        } finally {
            if (changed) {
                users.changeOwnPassword(therapist, NEW_PASSWORD.toCharArray(), Workbench.DEMO_PASSWORD.toCharArray(),
                        Instant.now());
            }
        }
    }

    private static void expectMessage(Display display, Shell dialog, String expected) throws InterruptedException {
        waitFor("the dialog's message \"" + expected + "\"", () -> onUi(display,
                () -> ((Label) find(dialog, "changePassword.message")).getText().equals(expected) ? true : null));
    }
}
