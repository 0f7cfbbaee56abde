package atlas.outcomes.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import atlas.ui.Parts;

/** Outcomes > Clinic Responder Rates: one tab for the clinic's figures, opened once. */
public class OpenClinicOutcomesHandler {

    static final String DESCRIPTOR = "atlas.outcomes.partdescriptor.clinic";

    @Execute
    void open(EPartService parts, EModelService models, MApplication application) {
        Parts.show(parts, models, application, DESCRIPTOR, null, null);
    }
}
