package atlas.patients.ui.dialogs;

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
import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import atlas.patients.ui.Messages;
import atlas.core.redflag.RedFlagWording;
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
        note = multiLineField(grid, "note", Messages.acknowledge_note, "acknowledge.note", NOTE_MAX, 80);
    }

    @Override
    protected List<FieldError> check() {
        return new FieldRules().requiredText("note", Messages.acknowledge_note, note.getText().strip(), NOTE_MAX)
                .errors();
    }

    @Override
    protected Saving save() {
        String typed = note.getText().strip();
        return () -> {
            for (RedFlagScreening screening : open) {
                redFlags.acknowledge(screening.getId(), clinicianId, typed);
            }
        };
    }
}
