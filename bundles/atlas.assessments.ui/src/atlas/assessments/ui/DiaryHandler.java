package atlas.assessments.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.ui.AtlasContext;
import atlas.ui.Parts;
import atlas.ui.Permitted;

/**
 * Assessment > Headache Diary (Ctrl+Shift+D) of the patient whose record is active, in an editor
 * tab beside the record named for the patient (whose diary it is is never in doubt); brought to
 * the front if open already.
 */
public class DiaryHandler {

    @CanExecute
    boolean aRecordIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return patientId != null && Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void openDiary(@Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.PATIENT_NAME) String patientName, EPartService parts, EModelService models,
            MApplication application) {
        MPart part = Parts.show(parts, models, application, DiaryPart.DESCRIPTOR, DiaryPart.PATIENT_ID,
                patientId.toString());
        if (patientName != null) {
            part.setLabel(NLS.bind(Messages.diary_tab, patientName));
            part.setTooltip(NLS.bind(Messages.diary_titleOf, patientName));
        }
    }
}
