package atlas.patients.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import atlas.patients.ui.PatientRecordPart;

/**
 * Opens a patient's record in the main area, or brings it to the front if it is open already:
 * one part per patient, created from the record part descriptor of the patients fragment.
 */
public class OpenPatientRecord {

    public static final String COMMAND = "atlas.patients.command.openRecord";
    public static final String PATIENT_PARAMETER = "atlas.patients.commandparameter.patientId";
    static final String DESCRIPTOR = "atlas.patients.partdescriptor.record";
    static final String MAIN_STACK = "atlas.app.partstack.main";

    @org.eclipse.e4.core.di.annotations.Execute
    void open(@Named(PATIENT_PARAMETER) String patientId, EPartService parts, EModelService models,
            MApplication application) {
        MPart part = parts.getParts().stream()
                .filter(open -> DESCRIPTOR.equals(open.getElementId())
                        && patientId.equals(open.getPersistedState().get(PatientRecordPart.PATIENT_ID)))
                .findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(DESCRIPTOR);
            part.getPersistedState().put(PatientRecordPart.PATIENT_ID, patientId);
            MPartStack stack = (MPartStack) models.find(MAIN_STACK, application);
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
