package atlas.patients.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;
import atlas.core.store.StoreException;
import atlas.core.validation.FieldError;
import atlas.core.validation.FieldRules;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.RedFlagWording;
import atlas.ui.TextKeys;
import atlas.ui.ValidatedDialog;

/**
 * Acknowledges the open red flags with a note of what was done (referral, medical clearance).
 * The note is required: an acknowledgement without one would hide the flag without a trace.
 */
public final class AcknowledgeRedFlagDialog extends ValidatedDialog {

    static final int NOTE_MAX = 1000;
    private final RedFlagService redFlags;
    private final List<RedFlagScreening> open;
    private final long clinicianId;
    private Text note;

    public AcknowledgeRedFlagDialog(Shell parent, RedFlagService redFlags, List<RedFlagScreening> open,
            long clinicianId) {
        super(parent, "dialog.acknowledgeRedFlag", Messages.acknowledge_title, Messages.acknowledge_description,
                Messages.acknowledge_save);
        this.redFlags = redFlags;
        this.open = open;
        this.clinicianId = clinicianId;
    }

    @Override
    protected void createFields(Composite grid) {
        Label flags = new Label(grid, SWT.WRAP);
        flags.setText(open.stream().flatMap(screening -> screening.flags().stream()).distinct()
                .map(code -> "\u2022 " + RedFlagWording.of(code)).collect(Collectors.joining("\n")));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(flags);
        Label label = new Label(grid, SWT.NONE);
        label.setText(Messages.acknowledge_note);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        note = new Text(grid, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        TextKeys.tabMovesFocus(note);
        note.setData(AtlasContext.WIDGET_ID, "acknowledge.note");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(460, 80).applyTo(note);
        decorations.add("note", Messages.acknowledge_note, note);
        watch(note);
    }

    @Override
    protected List<FieldError> check() {
        return new FieldRules().requiredText("note", Messages.acknowledge_note, note.getText().strip(), NOTE_MAX)
                .errors();
    }

    @Override
    protected void save() throws StoreException {
        List<RedFlagScreening> done = new ArrayList<>();
        for (RedFlagScreening screening : open) {
            done.add(redFlags.acknowledge(screening.getId(), clinicianId, note.getText().strip()));
        }
    }
}
