package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Administration > Audit Trail: one tab, opened once. */
public class OpenAuditHandler {

    static final String DESCRIPTOR = "atlas.admin.partdescriptor.audit";

    @Execute
    void open(EPartService parts, EModelService models, MApplication application) {
        MPart part = parts.getParts().stream().filter(open -> DESCRIPTOR.equals(open.getElementId())).findFirst()
                .orElse(null);
        if (part == null) {
            part = parts.createPart(DESCRIPTOR);
            ((MPartStack) models.find("atlas.app.partstack.main", application)).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
