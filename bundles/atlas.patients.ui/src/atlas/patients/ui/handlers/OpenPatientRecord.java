package atlas.patients.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import atlas.ui.AtlasContext;
import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;
import atlas.ui.Parts;

/**
 * Opens a patient's record in the main area, or brings it to the front if it is open already:
 * one part per patient, created from the record part descriptor of the patients fragment.
 */
public class OpenPatientRecord {

    public static final String COMMAND = "atlas.patients.command.openRecord";
    public static final String PATIENT_PARAMETER = "atlas.patients.commandparameter.patientId";
    static final String DESCRIPTOR = "atlas.patients.partdescriptor.record";

    @org.eclipse.e4.core.di.annotations.CanExecute
    boolean mayReadRecords(@org.eclipse.e4.core.di.annotations.Optional @Named(AtlasContext.USER) UserAccount user) {
        return Permitted.may(user, Permission.CLINICAL_READ);
    }

    @org.eclipse.e4.core.di.annotations.Execute
    void open(@Named(PATIENT_PARAMETER) String patientId, EPartService parts, EModelService models,
            MApplication application) {
        Parts.show(parts, models, application, DESCRIPTOR, PatientRecordPart.PATIENT_ID, patientId);
    }
}
