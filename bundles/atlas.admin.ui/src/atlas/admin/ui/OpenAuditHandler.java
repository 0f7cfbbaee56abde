package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import atlas.ui.Parts;

/** Administration > Audit Trail: one tab, opened once. */
public class OpenAuditHandler {

    static final String DESCRIPTOR = "atlas.admin.partdescriptor.audit";

    @Execute
    void open(EPartService parts, EModelService models, MApplication application) {
        Parts.show(parts, models, application, DESCRIPTOR, null, null);
    }
}
