package atlas.app.signin;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.security.Session;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;

/**
 * Locks the workstation after a time without key presses or mouse use (HIPAA 164.312(a)(2)(iii),
 * automatic logoff): the window is hidden - no patient data stays on an unattended screen - and the
 * signed-in user's password is asked for. Nothing is closed, so what was typed stays where it was
 * (drafts also save themselves). The time is {@code -Datlas.idleLockSeconds} (launcher
 * {@code --idle-lock SECONDS}), 600 by default; 0 turns the lock off.
 */
public final class IdleLock {

    public static final String SECONDS_PROPERTY = "atlas.idleLockSeconds";
    static final int DEFAULT_SECONDS = 600;
    private static final Logger LOG = LoggerFactory.getLogger(IdleLock.class);
    private static final int CHECK_EVERY_MS = 1000;

    private final IEclipseContext application;
    private final UserService users;
    private final Session session;
    private volatile long lastUse = System.nanoTime();
    private boolean locked;

    public IdleLock(IEclipseContext application, UserService users, Session session) {
        this.application = application;
        this.users = users;
        this.session = session;
    }

    /** Watches the user's input from now on; call once, on the display thread. */
    public void start(Display display) {
        Listener used = event -> lastUse = System.nanoTime();
        for (int type : new int[] { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel }) {
            display.addFilter(type, used);
        }
        display.timerExec(CHECK_EVERY_MS, () -> check(display));
    }

    private void check(Display display) {
        if (display.isDisposed()) {
            return;
        }
        long seconds = Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS); // read each time: a test may shorten it
        boolean idle = seconds > 0 && (System.nanoTime() - lastUse) / 1_000_000_000L >= seconds;
        if (!locked && idle && session.user().isPresent()) {
            lock(session.user().get());
        }
        if (!display.isDisposed()) {
            display.timerExec(CHECK_EVERY_MS, () -> check(display));
        }
    }

    /**
     * Before Atlas closes for want of the password: every tab's unsaved work is saved without
     * asking (nobody is there to answer), notes as drafts, a plan's frequency as typed.
     */
    private void saveEverything() {
        MApplication model = application.get(MApplication.class);
        if (model != null && !model.getChildren().isEmpty() && model.getChildren().get(0).getContext() != null) {
            EPartService parts = model.getChildren().get(0).getContext().get(EPartService.class);
            if (parts != null) {
                parts.saveAll(false);
            }
        }
    }

    private void lock(UserAccount user) {
        locked = true;
        LOG.info("Locked after {} s without use; {} is asked for the password", Long.getLong(SECONDS_PROPERTY,
                DEFAULT_SECONDS), user.getUsername());
        Shell main = mainShell();
        if (main != null) {
            main.setVisible(false);
        }
        try {
            while (true) {
                SignInDialog unlock = new SignInDialog(null, users, user);
                if (unlock.open() != Window.OK) {
                    IWorkbench workbench = application.get(IWorkbench.class);
                    if (workbench != null) {
                        saveEverything();
                        workbench.close();
                    }
                    return;
                }
                if (unlock.signedIn() != null && unlock.signedIn().getId().equals(user.getId())) {
                    break;
                }
            }
            if (main != null && !main.isDisposed()) {
                main.setVisible(true);
                main.forceActive();
            }
            MApplication model = application.get(MApplication.class);
            if (model != null && !model.getChildren().isEmpty() && model.getChildren().get(0).getContext() != null) {
                model.getChildren().get(0).getContext().activate();
            }
        } finally {
            lastUse = System.nanoTime();
            locked = false;
        }
    }

    private Shell mainShell() {
        MApplication model = application.get(MApplication.class);
        if (model == null || model.getChildren().isEmpty()) {
            return null;
        }
        MWindow window = model.getChildren().get(0);
        return window.getWidget() instanceof Shell shell && !shell.isDisposed() ? shell : null;
    }
}
