package atlas.assessments.ui;

import java.util.Map;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;

import atlas.core.dates.ClinicDates;
import atlas.core.episode.Visit;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.ui.AtlasContext;
import atlas.ui.Parts;
import atlas.ui.Permitted;

/**
 * Assessment > Fill Form (Ctrl+Shift+F): the forms of the visit chosen in the active patient
 * record, in an editor tab beside the record, named for the patient and the visit's day; brought
 * to the front if open already.
 */
public class FillFormHandler {

    @CanExecute
    boolean aVisitIsChosen(@Optional @Named(AtlasContext.VISIT) Visit visit,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return visit != null && Permitted.may(user, Permission.CLINICAL_WRITE);
    }

    @Execute
    void fillForm(@Named(AtlasContext.VISIT) Visit visit, @Optional @Named(AtlasContext.PATIENT_NAME) String patientName,
            EPartService parts, EModelService models, MApplication application) {
        MPart part = Parts.show(parts, models, application, FormPart.DESCRIPTOR, Map.of(FormPart.VISIT_ID,
                visit.getId().toString(), FormPart.PATIENT_ID, Long.toString(visit.getPatientId())));
        if (patientName != null) {
            ClinicDates dates = ClinicDates.forPlatform();
            part.setLabel(NLS.bind(Messages.form_tab, patientName, dates.date(visit.getStartsAt().toLocalDate())));
            part.setTooltip(NLS.bind(Messages.form_titleOf, patientName, dates.dateTime(visit.getStartsAt())));
        }
    }
}
