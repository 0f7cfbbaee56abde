package atlas.outcomes.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.ui.AtlasContext;
import atlas.ui.Parts;

/**
 * Outcomes > Patient Charts (Ctrl+Shift+O): the charts of the patient whose record (or charts)
 * is active, in a tab of their own beside the record; brought to the front if open already.
 */
public class OpenOutcomesHandler {

    static final String DESCRIPTOR = "atlas.outcomes.partdescriptor.patient";

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return patientId != null && Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void open(@Named(AtlasContext.PATIENT) Long patientId, EPartService parts, EModelService models,
            MApplication application) {
        Parts.show(parts, models, application, DESCRIPTOR, OutcomesPart.PATIENT_ID, patientId.toString());
    }
}
