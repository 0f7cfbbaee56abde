package atlas.assessments.ui;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import atlas.core.diary.HeadacheDiaryService;
import atlas.ui.AtlasContext;
import atlas.ui.EditorHost;
import atlas.ui.OnceSoon;
import atlas.ui.Parts;

/**
 * A patient's headache diary as an editor tab in the main area, beside the record and the charts
 * (issue 17): a star marks a headache typed but not added yet, Ctrl+S adds it, and closing the tab
 * with it asks first. The tab is the patient's context, so the record's commands work from it.
 */
public class DiaryPart {

    /** The part descriptor in fragment.e4xmi. */
    static final String DESCRIPTOR = "atlas.assessments.partdescriptor.diary";
    /** Persisted-state key: the patient whose diary the tab shows. */
    static final String PATIENT_ID = "atlas.assessments.diary.patientId";
    /** After a burst of entries, how long until the record reads the diary again. */
    private static final int TELL_RECORD_AFTER_MS = 800;

    @Inject
    private MPart part;
    @Inject
    @Service
    private HeadacheDiaryService diary;
    @Inject
    private IEventBroker events;

    private DiaryEditor editor;

    @PostConstruct
    void create(Composite parent) {
        long patientId = Long.parseLong(part.getPersistedState().get(PATIENT_ID));
        part.getContext().set(AtlasContext.PATIENT, patientId);
        part.getTags().add(Parts.ASK_BEFORE_CLOSING);
        GridLayoutFactory.fillDefaults().applyTo(parent);
        // the record's banner and charts read the diary again, once for a burst of entries
        OnceSoon tellRecord = new OnceSoon(parent.getDisplay(), TELL_RECORD_AFTER_MS,
                () -> events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId));
        editor = new DiaryEditor(diary, patientId, EditorHost.of(part, tellRecord::ask));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(editor.create(parent));
    }

    /** Ctrl+S, File > Save, closing the tab or quitting: the headache typed is added. */
    @Persist
    void save() {
        editor.saveNow();
    }

    @Focus
    void focus() {
        editor.focus();
    }
}
