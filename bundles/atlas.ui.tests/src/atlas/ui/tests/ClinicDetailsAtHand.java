package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;

import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicService;

/**
 * Administration > Clinic Details as the tests that change it open it - named, since a clinic
 * with details needs a name - and the details put back for the other tests afterwards.
 */
final class ClinicDetailsAtHand {

    private static final String NAME = "Praxis Seeblick";

    private ClinicDetailsAtHand() {
    }

    /** The dialog, opened from the menu by the administrator signed in, its name typed if empty. */
    static Shell open(Display display) throws InterruptedException {
        Workbench.executeLater(display, "atlas.admin.command.clinicDetails", null);
        Shell details = Workbench.dialog(display, "dialog.clinicDetails");
        if (onUi(display, () -> ((Text) require(details, "clinic.name")).getText().isBlank())) {
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.name")), NAME);
        }
        return details;
    }

    /**
     * Closes what the test left open and saves {@code details} as the administrator (named if the
     * clinic had no name), then signs the therapist in again: the other UI tests work as the therapist.
     */
    static void putBack(Display display, ClinicDetails details) throws Exception {
        Shell main = Workbench.mainShell();
        display.syncExec(() -> Arrays.stream(display.getShells())
                .filter(shell -> shell != main && shell.isVisible()).forEach(Shell::close));
        Workbench.closeRecords();
        Workbench.switchUser(display, "admin");
        try {
            Workbench.service(ClinicService.class).save(new ClinicDetails(details.name().isBlank() ? NAME
                    : details.name(), details.address(), details.phone(), details.recordNumberPattern(),
                    details.logo(), details.hours()));
        } finally {
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }
}
