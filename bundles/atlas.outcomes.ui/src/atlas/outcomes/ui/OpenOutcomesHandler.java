package atlas.outcomes.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import atlas.ui.AtlasContext;

/**
 * Outcomes > Patient Charts (Ctrl+Shift+O): the charts of the patient whose record (or charts)
 * is active, in a tab of their own beside the record; brought to the front if open already.
 */
public class OpenOutcomesHandler {

    static final String DESCRIPTOR = "atlas.outcomes.partdescriptor.patient";
    static final String MAIN_STACK = "atlas.app.partstack.main";

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return patientId != null;
    }

    @Execute
    void open(@Named(AtlasContext.PATIENT) Long patientId, EPartService parts, EModelService models,
            MApplication application) {
        String id = patientId.toString();
        MPart part = parts.getParts().stream().filter(open -> DESCRIPTOR.equals(open.getElementId())
                && id.equals(open.getPersistedState().get(OutcomesPart.PATIENT_ID))).findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(DESCRIPTOR);
            part.getPersistedState().put(OutcomesPart.PATIENT_ID, id);
            ((MPartStack) models.find(MAIN_STACK, application)).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
