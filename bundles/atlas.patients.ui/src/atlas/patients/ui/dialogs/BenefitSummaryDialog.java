package atlas.patients.ui.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.measures.MusculoskeletalContribution;
import atlas.measures.MusculoskeletalContribution.Criterion;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.Widgets;

/**
 * Who will benefit: each criterion of the benefit summary with its state and what was found, and
 * the resulting line ({@link MusculoskeletalContribution}). Read only; it changes with the record.
 */
public final class BenefitSummaryDialog extends AtlasDialog {

    private final MusculoskeletalContribution.Summary summary;

    public BenefitSummaryDialog(Shell parent, MusculoskeletalContribution.Summary summary) {
        super(parent, "dialog.benefit", Messages.benefit_title);
        this.summary = summary;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label line = new Label(area, SWT.WRAP);
        line.setData(AtlasContext.WIDGET_ID, "benefit.line");
        line.setText(summary.lineText());
        line.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(line);
        Table table = Widgets.table(area, "benefit.criteria", Messages.benefit_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 170).applyTo(table);
        for (Criterion criterion : summary.criteria()) {
            new TableItem(table, SWT.NONE).setText(new String[] { criterion.title(),
                    criterion.status().label(), criterion.found() });
        }
        Widgets.packColumns(table);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.benefit_intro);
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.benefit_close, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
    }
}
