package atlas.assessments.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;

import atlas.core.diary.HeadacheDiaryService;
import atlas.ui.AtlasContext;

/** Assessment > Headache Diary (Ctrl+Shift+D) of the patient whose record is active. */
public class DiaryHandler {

    @CanExecute
    boolean aRecordIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return patientId != null;
    }

    @Execute
    void openDiary(Shell shell, @Named(AtlasContext.PATIENT) Long patientId, @Service HeadacheDiaryService diary,
            IEventBroker events) {
        new DiaryDialog(shell, diary, patientId).open();
        events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
    }
}
