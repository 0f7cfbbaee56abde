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
 * Before a progress report or discharge summary is printed: who it goes to and the therapist's
 * narrative, proposed from the referral and the latest signed assessment, read and edited here;
 * both are printed as they stand when Print is pressed.
 */
final class ReportLetterDialog extends AtlasDialog {

    private final ReportLetter proposed;
    private Text addressee;
    private Text narrative;
    private ReportLetter chosen;

    ReportLetterDialog(Shell parent, ProgressReports.Kind kind, ReportLetter proposed) {
        super(parent, "dialog.reportLetter", (kind == ProgressReports.Kind.PROGRESS_REPORT
                ? Messages.outcomes_progressReport : Messages.outcomes_dischargeSummary).replace("&", ""));
        this.proposed = proposed;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, Messages.letter_intro, 560);
        new Label(area, SWT.NONE).setText(Messages.letter_addressee);
        addressee = new Text(area, SWT.BORDER);
        addressee.setData(AtlasContext.WIDGET_ID, "letter.addressee");
        addressee.setText(proposed.addressee());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(addressee);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.letter_narrative);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        narrative = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        narrative.setData(AtlasContext.WIDGET_ID, "letter.narrative");
        narrative.setText(proposed.narrative());
        TextKeys.tabMovesFocus(narrative); // Tab moves on to the buttons, as in the note's sections
        GridDataFactory.fillDefaults().grab(true, true).hint(460, narrative.getLineHeight() * 8).applyTo(narrative);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.letter_print, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.print");
        cancelButton(parent).setData(AtlasContext.WIDGET_ID, "dialog.cancel");
    }

    @Override
    protected void okPressed() {
        chosen = new ReportLetter(addressee.getText(), narrative.getText());
        super.okPressed();
    }

    /** The letter as edited when Print was pressed. */
    ReportLetter chosen() {
        return chosen;
    }
}
