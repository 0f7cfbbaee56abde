package atlas.patients.ui.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.measures.MusculoskeletalContribution;
import atlas.measures.MusculoskeletalContribution.Criterion;
import atlas.measures.NeckExamFindings;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.Widgets;

/**
 * Who will benefit: each criterion of the benefit summary with its state and what was found, and
 * the resulting line ({@link MusculoskeletalContribution}), then the neck examination read against its
 * reference values ({@link NeckExamFindings}). Read only; it changes with the record.
 */
public final class BenefitSummaryDialog extends AtlasDialog {

    private final MusculoskeletalContribution.Summary summary;
    private final List<NeckExamFindings.Finding> neckExamination;

    public BenefitSummaryDialog(Shell parent, MusculoskeletalContribution.Summary summary,
            List<NeckExamFindings.Finding> neckExamination) {
        super(parent, "dialog.benefit", Messages.benefit_title);
        this.summary = summary;
        this.neckExamination = neckExamination;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label line = new Label(area, SWT.WRAP);
        line.setData(AtlasContext.WIDGET_ID, "benefit.line");
        line.setText(summary.lineText());
        line.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(1000, SWT.DEFAULT).applyTo(line);
        Table table = Widgets.table(area, "benefit.criteria", Messages.benefit_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).hint(1000, 170).applyTo(table);
        for (Criterion criterion : summary.criteria()) {
            new TableItem(table, SWT.NONE).setText(new String[] { criterion.title(),
                    criterion.status().label(), criterion.found() });
        }
        Widgets.packColumns(table);
        if (!neckExamination.isEmpty()) {
            Label heading = new Label(area, SWT.NONE);
            heading.setText(Messages.benefit_neckHeading);
            Table neck = Widgets.table(area, "benefit.neck", Messages.benefit_neckColumns.split("\\|"));
            GridDataFactory.fillDefaults().grab(true, true).hint(1000, 150).applyTo(neck);
            for (NeckExamFindings.Finding finding : neckExamination) {
                new TableItem(neck, SWT.NONE).setText(new String[] { finding.title(), finding.judgement().label(),
                        finding.found(), finding.against() });
            }
            Widgets.packColumns(neck);
            Label source = new Label(area, SWT.WRAP);
            source.setText(NLS.bind(Messages.benefit_neckSources, NeckExamFindings.referenceSource()));
            GridDataFactory.fillDefaults().grab(true, false).hint(1000, SWT.DEFAULT).applyTo(source);
        }
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.benefit_intro);
        GridDataFactory.fillDefaults().grab(true, false).hint(1000, SWT.DEFAULT).applyTo(intro);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.benefit_close, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
    }
}
