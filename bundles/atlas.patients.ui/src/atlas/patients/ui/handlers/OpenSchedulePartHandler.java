package atlas.patients.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.ui.AtlasContext;
import atlas.ui.Parts;
import jakarta.inject.Named;

/** Opens one of the clinic's schedule views, for whoever books or sees visits (front desk, therapists). */
abstract class OpenSchedulePartHandler {

    private final String descriptor;

    OpenSchedulePartHandler(String descriptor) {
        this.descriptor = descriptor;
    }

    @CanExecute
    boolean maySeeVisits(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.VISITS);
    }

    @Execute
    void open(EPartService parts, EModelService models, MApplication application) {
        Parts.show(parts, models, application, descriptor, null, null);
    }
}
