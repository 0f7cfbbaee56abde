package atlas.app.signin;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.ui.RecoveryKeyDialog;
import atlas.ui.AtlasContext;

/**
 * A sign-in: asks for user name and password, starts the user's session and puts the user (and,
 * for whoever may sign records, the clinician they sign as) into the application context.
 */
public final class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private SignIn() {
    }

    /** @return false when the dialog was left without signing in */
    public static boolean ask(IEclipseContext application, Shell parent, UserService users,
            ClinicianService clinicians, ClinicalDatabase database) throws StoreException {
        SignInDialog dialog = new SignInDialog(parent, users, null).findingClinicianIn(clinicians);
        if (dialog.open() != Window.OK || dialog.signedIn() == null) {
            return false;
        }
        UserAccount user = dialog.signedIn(); // the sign-in began the user's session
        LOG.info("{} signed in as {}", user.getUsername(), user.getRole());
        application.set(AtlasContext.USER, user);
        if (dialog.clinician() != null) {
            application.set(AtlasContext.CLINICIAN, dialog.clinician());
        } else {
            application.remove(AtlasContext.CLINICIAN);
        }
        RecoveryKeyDialog.offerAfterSignIn(parent, database, user);
        activateMainWindow(application);
        return true;
    }

    /**
     * The next person signs in after a sign-out: the main window is hidden meanwhile, so nothing of
     * the previous user's work (the patient list, a record) is on screen while the sign-in waits,
     * and it comes back only for whoever signs in.
     *
     * @return false when the dialog was left without signing in (the window stays hidden)
     */
    public static boolean askWithWindowHidden(IEclipseContext application, Shell main, UserService users,
            ClinicianService clinicians, ClinicalDatabase database) throws StoreException {
        main.setVisible(false);
        if (!ask(application, null, users, clinicians, database)) {
            return false;
        }
        if (!main.isDisposed()) {
            main.setVisible(true);
            activateMainWindow(application);
        }
        return true;
    }

    /**
     * Gives the main window the focus back after the modal dialog, in the model too: commands run
     * in the active window, and without a window manager (kiosk set-ups, Xvfb) nothing else
     * activates it.
     */
    private static void activateMainWindow(IEclipseContext application) {
        org.eclipse.e4.ui.model.application.MApplication model = application
                .get(org.eclipse.e4.ui.model.application.MApplication.class);
        if (model == null || model.getChildren().isEmpty()) {
            return;
        }
        org.eclipse.e4.ui.model.application.ui.basic.MWindow window = model.getChildren().get(0);
        model.setSelectedElement(window);
        if (window.getContext() != null) {
            window.getContext().activate();
        }
        if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
            shell.forceActive();
        }
    }

    /**
     * The clinician a therapist documents and signs as: the linked one, else one of the same user
     * name, else registered now. Called by the sign-in's check, in the background.
     */
    static Clinician clinicianOf(UserAccount user, ClinicianService clinicians) throws StoreException {
        if (user.getClinicianId() != null) {
            java.util.Optional<Clinician> linked = clinicians.list().stream()
                    .filter(clinician -> clinician.getId().equals(user.getClinicianId())).findFirst();
            if (linked.isPresent()) {
                return linked.get();
            }
        }
        java.util.Optional<Clinician> known = clinicians.findByUsername(user.getUsername());
        if (known.isPresent()) {
            return known.get();
        }
        LOG.info("Registering {} as a clinician", user.getUsername());
        return clinicians.register(new Clinician(user.getUsername(), user.getDisplayName(), "physiotherapist"));
    }
}
