package atlas.plans.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.core.episode.Visit;
import atlas.core.plan.PlanOfCareService;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;

/** Plan > Interventions Given at the Visit (Ctrl+Shift+G), prefilled from the signed plan. */
public class GivenHandler {

    @CanExecute
    boolean aVisitIsChosen(@Optional @Named(AtlasContext.VISIT) Visit visit,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return visit != null && Permitted.may(user, Permission.CLINICAL_WRITE);
    }

    /** The signed plan is read in the background; the dialog opens with it. */
    @Execute
    void recordGiven(Shell shell, @Named(AtlasContext.VISIT) Visit visit, @Service PlanOfCareService plans) {
        InBackground.run(shell, Messages.given_title, () -> GivenDialog.Prefill.read(plans, visit),
                prefill -> new GivenDialog(shell, plans, visit, prefill).open(),
                e -> MessageDialog.openError(shell, Messages.given_title,
                        e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }
}
