package atlas.outcomes.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.reports.ProgressReports;
import atlas.reports.ReportLetter;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.TextKeys;

/**
 * Before a progress report, discharge summary or letter to the referrer is printed: who it goes to
 * (for a letter, the address block from the clinic's directory), a letter's findings, and the
 * therapist's narrative, proposed from the referral and the signed notes, read and edited here;
 * all are printed as they stand when Print is pressed.
 */
final class ReportLetterDialog extends AtlasDialog {

    private final ReportLetter proposed;
    private Text addressee;
    private Text narrative;
    private Text findings;
    private ReportLetter chosen;
    private final boolean letter;

    ReportLetterDialog(Shell parent, ProgressReports.Kind kind, ReportLetter proposed) {
        super(parent, "dialog.reportLetter", title(kind));
        this.proposed = proposed;
        this.letter = kind.isLetter();
    }

    static String title(ProgressReports.Kind kind) {
        String title = switch (kind) {
        case PROGRESS_REPORT -> Messages.outcomes_progressReport;
        case DISCHARGE_SUMMARY -> Messages.outcomes_dischargeSummary;
        case EVALUATION_LETTER -> Messages.outcomes_evaluationLetter;
        case DISCHARGE_LETTER -> Messages.outcomes_dischargeLetter;
        };
        return title.replace("&", "");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, letter ? Messages.letter_introLetter : Messages.letter_intro, 560);
        if (letter) { // a letter's address block has lines: name, specialty, practice, street, town
            addressee = text(area, Messages.letter_addressee, "letter.addressee", proposed.addressee(), 5);
            findings = text(area, Messages.letter_findings, "letter.findings", proposed.findings(), 6);
        } else {
            new Label(area, SWT.NONE).setText(Messages.letter_addressee);
            addressee = new Text(area, SWT.BORDER);
            addressee.setData(AtlasContext.WIDGET_ID, "letter.addressee");
            addressee.setText(proposed.addressee());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(addressee);
        }
        narrative = text(area, Messages.letter_narrative, "letter.narrative", proposed.narrative(), 8);
        return area;
    }

    /** A labelled text of several lines; Tab moves on, as in the note's sections. */
    private static Text text(Composite area, String label, String id, String proposed, int lines) {
        Label name = new Label(area, SWT.NONE);
        name.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setData(AtlasContext.WIDGET_ID, id);
        text.setText(proposed);
        TextKeys.tabMovesFocus(text);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, text.getLineHeight() * lines).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.letter_print, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.print");
        cancelButton(parent).setData(AtlasContext.WIDGET_ID, "dialog.cancel");
    }

    @Override
    protected void okPressed() {
        chosen = new ReportLetter(addressee.getText(), narrative.getText(), findings == null ? "" : findings.getText());
        super.okPressed();
    }

    /** The letter as edited when Print was pressed. */
    ReportLetter chosen() {
        return chosen;
    }
}
