package atlas.patients.ui.dialogs;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagWording;
import atlas.patients.ui.Labels;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.Widgets;

/**
 * Every red-flag screening of the patient, newest first: when and by whom, what was positive, and
 * who acknowledged it when with what note. Read only: a screening is corrected by a new one, and
 * an acknowledged flag stays in the record (clinical reference, "Red flags at intake").
 */
public final class ScreeningHistoryDialog extends AtlasDialog {

    private final List<RedFlagScreening> screenings;
    private final Function<Long, String> clinicianName;

    public ScreeningHistoryDialog(Shell parent, List<RedFlagScreening> screenings, Function<Long, String> clinicianName) {
        super(parent, "dialog.screeningHistory", Messages.screeningHistory_title);
        this.screenings = new java.util.ArrayList<>(screenings);
        java.util.Collections.reverse(this.screenings); // the record lists them oldest first
        this.clinicianName = clinicianName;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = Widgets.table(area, "screeningHistory.table", Messages.screeningHistory_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 200).applyTo(table);
        for (RedFlagScreening screening : screenings) {
            new TableItem(table, 0).setText(new String[] { Labels.dateTime(screening.getScreenedAt()),
                    clinicianName.apply(screening.getScreenedBy()),
                    screening.flags().isEmpty() ? Messages.screeningHistory_none : RedFlagWording.list(screening.flags()),
                    acknowledgement(screening) });
        }
        Widgets.packColumns(table);
        // the notes run long: the chosen screening's are shown whole below the table
        Text details = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        details.setData(AtlasContext.WIDGET_ID, "screeningHistory.details");
        GridDataFactory.fillDefaults().grab(true, false).hint(860, 90).applyTo(details);
        table.addListener(SWT.Selection, e -> details.setText(details(screenings.get(table.getSelectionIndex()))));
        if (!screenings.isEmpty()) {
            table.select(0);
            details.setText(details(screenings.get(0)));
        }
        return area;
    }

    private static String details(RedFlagScreening screening) {
        List<String> parts = new java.util.ArrayList<>();
        if (screening.getAcknowledgement() != null) {
            parts.add(Messages.screeningHistory_acknowledgement + " " + screening.getAcknowledgement());
        }
        if (screening.getNotes() != null) {
            parts.add(Messages.screeningHistory_notes + " " + screening.getNotes());
        }
        return String.join("\n", parts);
    }

    private String acknowledgement(RedFlagScreening screening) {
        if (screening.getAcknowledgedAtMillis() == null) {
            return screening.flags().isEmpty() ? "" : Messages.screeningHistory_open;
        }
        return Messages.bind(Messages.screeningHistory_acknowledged, clinicianName.apply(screening.getAcknowledgedBy()),
                Labels.dateTime(screening.acknowledgedAt()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.screeningHistory_close, true)
                .setData(AtlasContext.WIDGET_ID, "dialog.close");
    }
}
