package atlas.patients.ui.dialogs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.redflag.RedFlag;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;
import atlas.api.validation.FieldError;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.core.redflag.RedFlagWording;
import atlas.ui.ValidatedDialog;

/**
 * The intake red-flag screen: the SNNOOP10 headache red flags (Do et al. 2019, Neurology 92:134)
 * and the cervical arterial dysfunction screen before neck manual therapy (clinical reference,
 * "Red flags at intake"). Every question is a check box answered "yes" when ticked; a positive
 * answer shows on the patient banner until a clinician acknowledges it.
 */
public final class IntakeScreeningDialog extends ValidatedDialog {

    /** RedFlagScreening's notes column. */
    static final int NOTES_MAX = 1000;
    private final RedFlagService redFlags;
    private final long patientId;
    private final long clinicianId;
    private final Map<RedFlag, Button> answers = new LinkedHashMap<>();
    private Text notes;

    public IntakeScreeningDialog(Shell parent, RedFlagService redFlags, long patientId, long clinicianId) {
        super(parent, "dialog.intakeScreening", Messages.intake_title, Messages.intake_description,
                Messages.intake_save);
        this.redFlags = redFlags;
        this.patientId = patientId;
        this.clinicianId = clinicianId;
    }

    @Override
    protected void createFields(Composite grid) {
        for (RedFlag.Group group : RedFlag.Group.values()) {
            Group box = new Group(grid, SWT.NONE);
            box.setText(RedFlagWording.of(group));
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(box);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(box);
            for (RedFlag flag : RedFlag.of(group)) {
                Button answer = new Button(box, SWT.CHECK);
                answer.setText(RedFlagWording.of(flag));
                answer.setData(AtlasContext.WIDGET_ID, "intake." + flag.code());
                answers.put(flag, answer);
            }
        }
        notes = multiLineField(grid, "notes", Messages.intake_notes, "intake.notes", NOTES_MAX, 50);
    }

    private RedFlagScreening typed() {
        List<String> positive = new ArrayList<>();
        answers.forEach((flag, answer) -> {
            if (answer.getSelection()) {
                positive.add(flag.code());
            }
        });
        RedFlagScreening screening = new RedFlagScreening(patientId, LocalDateTime.now().withNano(0), clinicianId,
                positive);
        screening.setNotes(StartEpisodeDialog.blankToNull(notes.getText()));
        return screening;
    }

    @Override
    protected List<FieldError> check() {
        return typed().validate();
    }

    @Override
    protected Saving save() {
        var screening = typed();
        return () -> redFlags.record(screening);
    }
}
