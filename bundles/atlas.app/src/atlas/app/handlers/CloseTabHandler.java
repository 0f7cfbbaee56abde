package atlas.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Close Tab (Ctrl+W): closes the active tab as its close button would - a draft is saved
 * first (without asking, see SaveWithoutAsking; an editor such as the plan of care asks); a tab
 * whose save failed or was cancelled stays open.
 */
public class CloseTabHandler {

    @CanExecute
    boolean activePartCanClose(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.isCloseable();
    }

    @Execute
    void close(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        if (part.isDirty() && (!parts.savePart(part, true) || part.isDirty())) {
            return;
        }
        parts.hidePart(part);
    }
}
