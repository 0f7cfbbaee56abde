package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;
import atlas.ui.AtlasContext;
import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.ui.Parts;

/** Administration > Audit Trail: one tab, opened once. */
public class OpenAuditHandler {

    static final String DESCRIPTOR = "atlas.admin.partdescriptor.audit";

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean mayReadTheTrail(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user) {
        return Permitted.may(user, Permission.READ_AUDIT);
    }

    @Execute
    void open(EPartService parts, EModelService models, MApplication application) {
        Parts.show(parts, models, application, DESCRIPTOR, null, null);
    }
}
