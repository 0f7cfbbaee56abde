package atlas.app;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
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
import org.eclipse.swt.widgets.Display;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.demo.DemoClinic;
import atlas.ui.AtlasContext;

/**
 * Starts Atlas: routes library logging to the log file, then opens the clinical database in a
 * background job while the window comes up. Parts wait for {@link AtlasContext#DATABASE_READY}.
 * If the database cannot be used, the user is told why and what to do, and Atlas quits.
 */
public class AtlasLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasLifecycle.class);
    /** {@code -Datlas.demo=true} (the launcher's --demo) fills an empty database with the demo clinic. */
    static final String DEMO_PROPERTY = "atlas.demo";

    @PostContextCreate
    void start(IEclipseContext application, @Service ClinicalDatabase database, @Service DemoClinic demo,
            @Service ClinicianService clinicians, UISynchronize ui, IEventBroker events) {
        // EclipseLink and Liquibase log through java.util.logging.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LOG.info("Atlas starting; clinical database: {} ({})", database.location(), database.kind());

        Job opening = Job.create(Messages.open_job, monitor -> {
            try {
                database.open();
                if (Boolean.getBoolean(DEMO_PROPERTY)) {
                    demo.seedIfEmpty();
                }
                Clinician clinician = workstationClinician(clinicians);
                ui.asyncExec(() -> {
                    application.set(AtlasContext.CLINICIAN, clinician);
                    application.set(AtlasContext.DATABASE_READY, Boolean.TRUE);
                });
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
     * Who documents at this workstation. Until Atlas has its own log-in, it is the operating system
     * user, registered as a clinician on first use; notes and screenings carry that name.
     */
    static Clinician workstationClinician(ClinicianService clinicians) throws StoreException {
        String user = System.getProperty("user.name", "clinician").toLowerCase().replaceAll("[^a-z0-9._-]", "");
        String username = user.isEmpty() ? "clinician" : Character.isLetter(user.charAt(0)) ? user : "u" + user;
        java.util.Optional<Clinician> known = clinicians.findByUsername(username);
        if (known.isPresent()) {
            return known.get();
        }
        LOG.info("Registering the workstation user {} as a clinician", username);
        return clinicians.register(new Clinician(username, username, "physiotherapist"));
    }

    private static void reportAndQuit(IEclipseContext application, StoreException e) {
        MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.open_failed,
                e.describe() + "\n\n" + e.problem().advice());
        IWorkbench workbench = application.get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }
}
