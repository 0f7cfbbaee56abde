package atlas.outcomes.ui;

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

/** Outcomes > Clinic Responder Rates: one tab for the clinic's figures, opened once. */
public class OpenClinicOutcomesHandler {

    static final String DESCRIPTOR = "atlas.outcomes.partdescriptor.clinic";

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean mayReadOutcomes(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user) {
        return Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void open(EPartService parts, EModelService models, MApplication application) {
        Parts.show(parts, models, application, DESCRIPTOR, null, null);
    }
}
