package atlas.plans.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.episode.Visit;
import atlas.core.plan.PlanOfCareService;
import atlas.ui.AtlasContext;

/** Plan > Interventions Given at the Visit (Ctrl+Shift+G), prefilled from the signed plan. */
public class GivenHandler {

    @CanExecute
    boolean aVisitIsChosen(@Optional @Named(AtlasContext.VISIT) Visit visit) {
        return visit != null;
    }

    @Execute
    void recordGiven(Shell shell, @Named(AtlasContext.VISIT) Visit visit, @Service PlanOfCareService plans) {
        new GivenDialog(shell, plans, visit).open();
    }
}
