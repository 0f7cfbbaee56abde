package atlas.app;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.demo.DemoClinic;

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
            UISynchronize ui) {
        // EclipseLink and Liquibase log through java.util.logging.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LOG.info("Atlas starting; clinical database: {} ({})", database.location(), database.kind());

        Job opening = Job.create("Opening the clinical database", monitor -> {
            try {
                database.open();
                if (Boolean.getBoolean(DEMO_PROPERTY)) {
                    demo.seedIfEmpty();
                }
                ui.asyncExec(() -> application.set(AtlasContext.DATABASE_READY, Boolean.TRUE));
            } catch (StoreException e) {
                LOG.error("{} {}", e.describe(), e.problem().advice(), e);
                ui.asyncExec(() -> reportAndQuit(application, e));
            }
            return Status.OK_STATUS;
        });
        opening.setSystem(true);
        opening.schedule();
    }

    private static void reportAndQuit(IEclipseContext application, StoreException e) {
        MessageDialog.openError(Display.getCurrent().getActiveShell(), "Atlas cannot open the clinical database",
                e.describe() + "\n\n" + e.problem().advice());
        IWorkbench workbench = application.get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }
}
