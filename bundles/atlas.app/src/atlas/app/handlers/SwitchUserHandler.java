package atlas.app.handlers;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.app.Messages;
import atlas.app.signin.SignIn;
import atlas.core.clinician.ClinicianService;
import atlas.core.security.Session;
import atlas.core.security.UserService;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.Problems;

/**
 * File > Sign Out / Switch User: the open patients' tabs are closed (drafts saved first), the
 * session ends, the window is hidden while the next person signs in (nothing of the last user's
 * work stays on screen), and it comes back for them; leaving the dialog quits Atlas.
 */
public class SwitchUserHandler {

    @Execute
    void switchUser(Shell shell, MApplication application, EPartService parts, IWorkbench workbench,
            @Service UserService users, @Service Session session, @Service ClinicianService clinicians,
            @Service ClinicalDatabase database) {
        for (MPart part : List.copyOf(parts.getParts())) {
            if (part.isCloseable() && part.isToBeRendered()) {
                if (part.isDirty() && (!parts.savePart(part, true) || part.isDirty())) {
                    return; // a draft could not be saved: stay, the part says why
                }
                parts.hidePart(part, true);
            }
        }
        IEclipseContext context = application.getContext();
        atlas.ui.HandOut.empty(); // the documents shown are the signed-out user's
        session.end();
        context.remove(AtlasContext.USER);
        context.remove(AtlasContext.CLINICIAN);
        try {
            if (!SignIn.askWithWindowHidden(context, shell, users, clinicians, database)) {
                workbench.close();
            }
        } catch (StoreException e) {
            MessageDialog.openError(null, Messages.open_failed, Problems.of(e));
            workbench.close();
        }
    }
}
