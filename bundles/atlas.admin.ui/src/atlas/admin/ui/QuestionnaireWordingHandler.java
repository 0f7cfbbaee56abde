package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.form.FormWordingService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.ui.AtlasContext;
import jakarta.inject.Named;

/** Administration > Questionnaire Wording: for whoever keeps the clinic's settings (the administrator). */
public class QuestionnaireWordingHandler {

    @CanExecute
    boolean mayConfigure(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.CONFIGURE_CLINIC);
    }

    @Execute
    void open(Shell shell, @Service FormWordingService wordings) {
        new QuestionnaireWordingDialog(shell, wordings).open();
    }
}
