package atlas.patients.ui.dialogs;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.ui.Problems;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.store.StoreException;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;

/**
 * Another workstation saved this note after it was opened here. The two versions are shown side by
 * side, section by section, and the user chooses: take theirs, or keep theirs as the base and save
 * the text typed here over it. Nothing is overwritten without that choice.
 */
public final class NoteConflictDialog extends AtlasDialog {

    /** What the editor does with the user's choice. */
    public interface Editor {
        String[] typedTexts();

        /** {@code stored} is the newest saved note; keep typing saves the typed text over it. */
        void resolved(ClinicalNote stored, boolean keepTyping);
    }

    static final int USE_THEIRS = 100;
    static final int KEEP_MINE = 101;

    private final ClinicalNote theirs;
    private final String[] mine;

    private NoteConflictDialog(Shell parent, ClinicalNote theirs, String[] mine) {
        super(parent, "dialog.noteConflict", Messages.conflict_title);
        this.theirs = theirs;
        this.mine = mine;
    }

    /** Reads the stored version, asks, and tells the editor. */
    public static void settle(Shell shell, ClinicalNoteService notes, Editor editor, ClinicalNote mine) {
        ClinicalNote stored;
        try {
            stored = notes.noteOfVisit(mine.getVisitId()).orElse(null);
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.conflict_title, Problems.of(e));
            return;
        }
        if (stored == null) {
            return;
        }
        NoteConflictDialog dialog = new NoteConflictDialog(shell, stored, editor.typedTexts());
        editor.resolved(stored, dialog.open() == KEEP_MINE && !stored.isSigned());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Label explanation = new Label(area, SWT.WRAP);
        explanation.setText(theirs.isSigned() ? Messages.conflict_signed : Messages.conflict_explanation);
        GridDataFactory.fillDefaults().span(3, 1).hint(760, SWT.DEFAULT).applyTo(explanation);
        new Label(area, SWT.NONE);
        heading(area, Messages.conflict_theirs);
        heading(area, Messages.conflict_mine);
        String[] sections = { Messages.note_subjective, Messages.note_objective, Messages.note_assessment,
                Messages.note_plan };
        String[] stored = { theirs.getSubjective(), theirs.getObjective(), theirs.getAssessment(), theirs.getPlan() };
        for (int i = 0; i < sections.length; i++) {
            Label section = new Label(area, SWT.NONE);
            section.setText(sections[i]);
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(section);
            version(area, stored[i], "conflict.theirs." + i);
            version(area, mine[i], "conflict.mine." + i);
        }
        return area;
    }

    private static void heading(Composite area, String text) {
        Label label = new Label(area, SWT.NONE);
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    }

    private static void version(Composite area, String text, String id) {
        Text shown = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        shown.setText(text == null ? "" : text);
        shown.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.fillDefaults().grab(true, true).hint(340, 60).applyTo(shown);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button keep = createButton(parent, KEEP_MINE, Messages.conflict_keepMine, false);
        keep.setData(AtlasContext.WIDGET_ID, "conflict.keepMine");
        keep.setEnabled(!theirs.isSigned());
        Button use = createButton(parent, USE_THEIRS, Messages.conflict_useTheirs, true);
        use.setData(AtlasContext.WIDGET_ID, "conflict.useTheirs");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        setReturnCode(buttonId);
        close();
    }

    /** Either choice may lose someone's words, so the window closes only through a choice. */
    @Override
    protected void handleShellCloseEvent() {
        // deliberately ignored
    }
}
