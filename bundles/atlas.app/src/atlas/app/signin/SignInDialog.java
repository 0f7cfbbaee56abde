package atlas.app.signin;

import java.time.Instant;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.app.Messages;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.core.clinician.ClinicianService;
import atlas.core.clinician.Clinician;
import atlas.core.security.UserService;
import atlas.ui.AtlasContext;
import atlas.ui.PasswordDialog;
import atlas.ui.StartupClock;

/**
 * Starts every session, and unlocks the workstation after the idle lock: user name and password.
 * A refusal is said in the dialog (the same words for an unknown name and a wrong password; how
 * long to wait once too many were wrong); the password field is emptied and the dialog stays.
 */
public class SignInDialog extends PasswordDialog {

    private final UserService users;
    private final UserAccount lockedFor;
    private Text username;
    private volatile UserAccount signedIn; // set by the check in the background, read once the dialog closed
    private volatile Clinician clinician;
    private ClinicianService clinicians;

    /**
     * @param lockedFor the user whose session is locked (the name is fixed, the password asked
     *                  again, the session goes on), or null for a sign-in that begins a new session
     */
    public SignInDialog(Shell parent, UserService users, UserAccount lockedFor) {
        super(parent, "dialog.signIn", lockedFor == null ? Messages.signIn_title : Messages.signIn_lockedTitle);
        this.users = users;
        this.lockedFor = lockedFor;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, lockedFor == null ? Messages.signIn_intro : Messages.signIn_lockedIntro, 360);
        new Label(area, SWT.NONE).setText(Messages.signIn_username);
        username = new Text(area, SWT.BORDER);
        username.setData(AtlasContext.WIDGET_ID, "signIn.username");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(username);
        if (lockedFor != null) {
            username.setText(lockedFor.getUsername());
            username.setEditable(false);
        }
        Text password = passwordField(area, Messages.signIn_password, "signIn.password");
        messageLine(area, "signIn.message", 360);
        (lockedFor == null ? username : password).setFocus();
        if (lockedFor == null) {
            readyTheSignInOnceShown(area);
        }
        return area;
    }

    /**
     * Readies the first sign-in's code in the background while the user types (see
     * {@link UserService#prepareForSignIn()}) - from the dialog's first paint, not before, so that
     * it does not slow the start to this dialog.
     */
    private void readyTheSignInOnceShown(Composite area) {
        area.addListener(SWT.Paint, new Listener() {
            @Override
            public void handleEvent(Event event) {
                area.removeListener(SWT.Paint, this);
                Job readying = Job.create(Messages.signIn_readying_job, monitor -> {
                    users.prepareForSignIn();
                    return Status.OK_STATUS;
                });
                readying.setSystem(true);
                readying.schedule();
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.signIn_ok, true).setData(AtlasContext.WIDGET_ID,
                "signIn.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.signIn_quit, false).setData(AtlasContext.WIDGET_ID,
                "signIn.quit");
    }

    @Override
    protected PasswordCheck check() {
        if (lockedFor != null) {
            return typed -> {
                users.confirmPassword(lockedFor, typed, Instant.now());
                signedIn = lockedFor;
            };
        }
        String name = username.getText().strip();
        return typed -> {
            StartupClock.signInPressed();
            UserAccount user = users.signIn(name, typed, Instant.now()); // begins the session
            // the clinician a therapist documents and signs as, found (or registered) here too
            clinician = clinicians != null && user.getRole().allows(Permission.SIGN)
                    ? SignIn.clinicianOf(user, clinicians) : null;
            signedIn = user;
        };
    }

    /** Also finds the signed-in user's clinician (a sign-in at start or after a switch of user). */
    SignInDialog findingClinicianIn(ClinicianService directory) {
        clinicians = directory;
        return this;
    }

    /** The clinician the user documents and signs as; null for a role that does not sign. */
    Clinician clinician() {
        return clinician;
    }

    /** The user who signed in; null if the dialog was left another way. */
    public UserAccount signedIn() {
        return signedIn;
    }
}
