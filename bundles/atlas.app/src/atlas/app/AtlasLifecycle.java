package atlas.app;


import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import atlas.ui.Problems;
import atlas.app.signin.FirstAdministratorDialog;
import atlas.app.signin.IdleLock;
import atlas.app.signin.SignIn;
import atlas.core.clinician.ClinicianService;
import atlas.core.security.Session;
import atlas.core.security.UserService;
import atlas.core.store.AtRest;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.DatabaseOpened;
import atlas.core.store.StoreException;
import atlas.core.store.StoreProblem;
import atlas.ui.AtlasContext;
import atlas.ui.Contributions;
import atlas.ui.RecoveryKeyDialog;
import atlas.ui.StartupClock;

/**
 * Starts Atlas: routes library logging to the log file, then opens the clinical database in a
 * background job while the window comes up. Parts wait for {@link AtlasContext#DATABASE_READY}.
 * If the database cannot be used, the user is told why and what to do, and Atlas quits.
 */
public class AtlasLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasLifecycle.class);
    /** The first-day checklist's command (atlas.admin.ui fragment.e4xmi), run after a new clinic's first sign-in. */
    private static final String FIRST_DAY_CHECKLIST = "atlas.admin.command.firstDay";

    @PostContextCreate
    void start(IEclipseContext application, @Service ClinicalDatabase database,
            @Service ClinicianService clinicians, @Service UserService users, @Service Session session,
            UISynchronize ui, IEventBroker events) {
        // EclipseLink and Liquibase log through java.util.logging.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // the Java it runs on first: the answer to most "it starts here but not there" (README, Troubleshooting)
        LOG.info("Atlas starting on Java {} ({}, {}); clinical database: {} ({})", Runtime.version(),
                System.getProperty("java.vendor"), System.getProperty("java.home"), database.location(), database.kind());
        atlas.ui.HandOut.empty(); // what a crash left shown
        events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> atlas.ui.HandOut.empty());

        Job opening = Job.create(Messages.open_job, monitor -> {
            try {
                try {
                    database.open();
                } catch (StoreException locked) {
                    if (locked.problem() != StoreProblem.DATABASE_LOCKED) {
                        throw locked;
                    }
                    // encrypted and protected (the workstation lock was free): the first sign-in
                    // opens the key, then the database
                    ui.asyncExec(() -> signIn(application, users, session, clinicians, database, false));
                    return Status.OK_STATUS;
                }
                contributionsOnOpening();
                boolean firstStart = !users.hasUsers();
                ui.asyncExec(() -> signIn(application, users, session, clinicians, database, firstStart));
            } catch (StoreException e) {
                LOG.error("{} {}", e.describe(), e.problem().advice(), e);
                ui.asyncExec(() -> reportAndQuit(application, e));
            }
            return Status.OK_STATUS;
        });
        opening.setSystem(true);
        opening.schedule();

        // The renderer gives every window a save handler that asks "Save changes?"; Atlas saves drafts.
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
            MApplication model = application.get(MApplication.class);
            for (MWindow window : model.getChildren()) {
                if (window.getContext() != null) {
                    window.getContext().set(ISaveHandler.class, new SaveWithoutAsking());
                }
            }
        });
    }

    /**
     * What bundles contribute to the start ({@link DatabaseOpened}: the demo clinic of --demo, say),
     * as registered now - every bundle of the installation has been started by then - highest
     * ranking first; one that fails is logged and the start goes on.
     */
    private static void contributionsOnOpening() {
        BundleContext context = FrameworkUtil.getBundle(AtlasLifecycle.class).getBundleContext();
        for (ServiceReference<DatabaseOpened> reference : Contributions.references(DatabaseOpened.class)) {
            DatabaseOpened contribution = context.getService(reference);
            if (contribution == null) {
                continue;
            }
            try {
                contribution.opened();
            } catch (StoreException | RuntimeException e) {
                LOG.error("A start-up contribution of {} failed; Atlas starts without it",
                        reference.getBundle().getSymbolicName(), e);
            } finally {
                context.ungetService(reference);
            }
        }
    }

    /**
     * Every session starts with a sign-in; the very first start of a clinic's database creates the
     * administrator first. Leaving either dialog quits Atlas: nothing is shown before a sign-in.
     */
    private void signIn(IEclipseContext application, UserService users, Session session, ClinicianService clinicians,
            ClinicalDatabase database, boolean firstStart) {
        Shell parent = Display.getCurrent().getActiveShell();
        try {
            if (firstStart) {
                LOG.info("A new clinic: its first administrator is asked for");
                if (new FirstAdministratorDialog(parent, users, database.atRest() != AtRest.SERVER).open() != Window.OK) {
                    quit(application);
                    return;
                }
                // the new clinic's key is protected by the administrator's password and a recovery key
                RecoveryKeyDialog.showMade(parent, database);
            }
        } catch (StoreException e) {
            reportAndQuit(application, e);
            return;
        }
        StartupClock.signInAsked();
        try {
            if (!SignIn.ask(application, parent, users, clinicians, database)) {
                quit(application);
                return;
            }
            StartupClock.signedIn();
            application.set(AtlasContext.DATABASE_READY, Boolean.TRUE);
            new IdleLock(application, users, session).start(Display.getCurrent());
            if (firstStart) {
                // a new clinic: its administrator is guided through the set-up once the window is up
                Display.getCurrent().asyncExec(() -> firstDayChecklist(application));
            }
        } catch (StoreException e) {
            reportAndQuit(application, e);
        }
    }

    /** Administration > First-Day Checklist (atlas.admin.ui), if that area is installed and the user may. */
    private static void firstDayChecklist(IEclipseContext application) {
        ECommandService commands = application.get(ECommandService.class);
        EHandlerService handlers = application.get(EHandlerService.class);
        ParameterizedCommand checklist = commands.createCommand(FIRST_DAY_CHECKLIST, null);
        if (checklist != null && handlers.canExecute(checklist)) {
            handlers.executeHandler(checklist);
        }
    }

    private static void quit(IEclipseContext application) {
        IWorkbench workbench = application.get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }

    private static void reportAndQuit(IEclipseContext application, StoreException e) {
        MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.open_failed, Problems.of(e));
        IWorkbench workbench = application.get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }
}
