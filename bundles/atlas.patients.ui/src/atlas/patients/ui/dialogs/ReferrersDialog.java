package atlas.patients.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.core.referrer.Referrer;
import atlas.core.referrer.ReferrerService;
import atlas.core.store.StoreException;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.InBackground;
import atlas.ui.Widgets;

/**
 * Patient > Referrers (issue 18): the clinic's directory of referring clinicians, read in the
 * background; Add and Edit (or a double-click, or Enter on a row) open one referrer's details.
 * The front desk keeps it; the store refuses writes to anyone without demographics rights.
 */
public final class ReferrersDialog extends AtlasDialog {

    private static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int EDIT_ID = IDialogConstants.CLIENT_ID + 2;
    private final ReferrerService referrers;
    private Table table;
    private Label message;
    private List<Referrer> shown = List.of();

    public ReferrersDialog(Shell parent, ReferrerService referrers) {
        super(parent, "dialog.referrers", Messages.referrers_title);
        this.referrers = referrers;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, Messages.referrers_intro, 620);
        table = Widgets.table(area, "referrers.table", Messages.referrers_columns.split("\\|"));
        Widgets.tableRows(table, 2, 10);
        table.addListener(SWT.DefaultSelection, e -> edit());
        message = refusalLine(area, "referrers.message", 620);
        load(null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ADD_ID, Messages.referrers_add, false).setData(AtlasContext.WIDGET_ID, "referrers.add");
        createButton(parent, EDIT_ID, Messages.referrers_edit, false).setData(AtlasContext.WIDGET_ID, "referrers.edit");
        closeButton(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == ADD_ID) {
            open(null);
        } else if (buttonId == EDIT_ID) {
            edit();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void edit() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            say(message, Messages.referrers_choose);
            return;
        }
        open(shown.get(index));
    }

    private void open(Referrer referrer) {
        say(message, "");
        ReferrerDialog details = new ReferrerDialog(getShell(), referrers, referrer);
        if (details.open() == Window.OK) {
            load(details.saved().getId());
        } else {
            load(null); // a copy typed into and not saved is read afresh
        }
    }

    /** Reads the directory in the background; {@code chosen} (if any) is chosen in it. */
    private void load(Long chosen) {
        InBackground.run(table, Messages.referrers_title, referrers::list, all -> {
            shown = all;
            table.removeAll();
            for (Referrer referrer : all) {
                new TableItem(table, SWT.NONE).setText(new String[] { referrer.getName(), orEmpty(referrer.getSpecialty()),
                        orEmpty(referrer.getPractice()), orEmpty(referrer.getContact().getPhone()) });
                if (referrer.getId().equals(chosen)) {
                    table.select(table.getItemCount() - 1);
                }
            }
            Widgets.packColumns(table);
        }, e -> say(message, e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
