package atlas.assessments.ui;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.core.episode.Visit;
import atlas.api.form.FormDefinition;
import atlas.core.form.FormResponseService;
import atlas.api.form.FormWording;
import atlas.core.form.FormWordingService;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.Problems;

/**
 * Assessment > Fill Form (Ctrl+Shift+F): a form for the visit chosen in the active patient record.
 * The forms are the {@link FormDefinition} services registered now, so a clinic's form bundle
 * installed while Atlas runs is offered at the next use, without a restart.
 */
public class FillFormHandler {

    @CanExecute
    boolean aVisitIsChosen(@Optional @Named(AtlasContext.VISIT) Visit visit,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return visit != null && Permitted.may(user, Permission.CLINICAL_WRITE);
    }

    @Execute
    void fillForm(Shell shell, @Named(AtlasContext.VISIT) Visit visit, @Service List<FormDefinition> forms,
            @Optional @Service List<FormWording> wording, @Service FormWordingService imported,
            @Service FormResponseService responses, IEventBroker events) {
        List<FormDefinition> offered = forms.stream().sorted(Comparator.comparing(FormDefinition::title)).toList();
        // the clinic's imported wording is read in the background, then the form opens with it
        InBackground.run(shell, Messages.form_title, () -> ClinicWording.of(wording, imported), clinicWording -> {
            if (new FormDialog(shell, offered, clinicWording, responses, visit).open() == FormDialog.OK) {
                events.post(AtlasContext.TOPIC_RECORD_CHANGED, visit.getPatientId());
            }
        }, e -> Problems.show(shell, Messages.form_title, e));
    }
}
