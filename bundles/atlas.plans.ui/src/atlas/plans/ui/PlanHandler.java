package atlas.plans.ui;

import java.util.Map;

import jakarta.inject.Named;

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
import atlas.ui.Permitted;

/**
 * Plan > Plan of Care (Ctrl+Shift+P): the plan of the active episode of the patient whose record
 * (or plan) is active, in an editor tab beside the record; brought to the front if open already.
 */
public class PlanHandler {

    @CanExecute
    boolean anEpisodeIsActive(@Optional @Named(AtlasContext.EPISODE) Long episodeId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return episodeId != null && Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void openPlan(@Named(AtlasContext.PATIENT) Long patientId, @Named(AtlasContext.EPISODE) Long episodeId,
            EPartService parts, EModelService models, MApplication application) {
        Parts.show(parts, models, application, PlanPart.DESCRIPTOR,
                Map.of(PlanPart.EPISODE_ID, episodeId.toString(), PlanPart.PATIENT_ID, patientId.toString()));
    }
}
