package atlas.patients.ui.dialogs;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import atlas.patients.ui.Messages;
import atlas.ui.ValidatedDialog;

/** Adds an addendum to a signed note; the note itself stays as it was signed. */
public final class AddendumDialog extends ValidatedDialog {

    private final ClinicalNoteService notes;
    private final long noteId;
    private final long clinicianId;
    private Text text;

    public AddendumDialog(Shell parent, ClinicalNoteService notes, long noteId, long clinicianId) {
        super(parent, "dialog.addendum", Messages.addendum_title, Messages.addendum_description,
                Messages.addendum_save);
        this.notes = notes;
        this.noteId = noteId;
        this.clinicianId = clinicianId;
    }

    @Override
    protected void createFields(Composite grid) {
        text = multiLineField(grid, "text", Messages.addendum_text, "addendum.text", ClinicalNote.SECTION_MAX, 120);
    }

    @Override
    protected List<FieldError> check() {
        return new FieldRules().requiredText("text", Messages.addendum_text, text.getText().strip(),
                ClinicalNote.SECTION_MAX).errors();
    }

    @Override
    protected Saving save() {
        String typed = text.getText().strip();
        return () -> notes.addAddendum(noteId, clinicianId, typed);
    }
}
