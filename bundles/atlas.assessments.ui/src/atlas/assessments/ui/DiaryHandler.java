package atlas.assessments.ui;

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
import atlas.core.diary.HeadacheDiaryService;
import atlas.ui.AtlasContext;

/** Assessment > Headache Diary (Ctrl+Shift+D) of the patient whose record is active. */
public class DiaryHandler {

    @CanExecute
    boolean aRecordIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return patientId != null && Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void openDiary(Shell shell, @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.PATIENT_NAME) String patientName, @Service HeadacheDiaryService diary,
            IEventBroker events) {
        new DiaryDialog(shell, diary, patientId, patientName).open();
        events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
    }
}
