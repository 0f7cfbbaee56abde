package atlas.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.ClinicalDatabase;

/**
 * The recovery key of the encrypted database, shown once to be written down: after the first
 * administrator's first sign-in (which protects the key) and from Administration > New Recovery
 * Key. The key is made before the dialog opens, so closing it any way leaves the database
 * protected; "Done" is enabled only once the administrator says it is written down, and is kept
 * (ClinicalDatabase#recoveryKeyWrittenDown) for the first-day checklist.
 */
public class RecoveryKeyDialog extends AtlasDialog {

    private final String recoveryKey;
    private final ClinicalDatabase database;

    private RecoveryKeyDialog(Shell parent, String recoveryKey, ClinicalDatabase database) {
        super(parent, "dialog.recoveryKey", Messages.recoveryKey_title);
        this.recoveryKey = recoveryKey;
        this.database = database;
    }

    /**
     * After the first administrator was created, or an administrator's sign-in that renewed the
     * key (a key file of Atlas 0.1, a database from before encryption): the recovery key the store
     * made then, shown once.
     */
    public static void offerAfterSignIn(Shell parent, ClinicalDatabase database, UserAccount user) {
        if (user.may(Permission.MANAGE_USERS)) {
            showMade(parent, database);
        }
    }

    /** Shows the recovery key the store has just made, if any (see ClinicalDatabase#takeNewRecoveryKey). */
    public static void showMade(Shell parent, ClinicalDatabase database) {
        String made = database.takeNewRecoveryKey();
        if (made != null) {
            new RecoveryKeyDialog(parent, made, database).open();
        }
    }

    /** Shows a recovery key just made ({@link ClinicalDatabase#newRecoveryKey()}), once. */
    public static void show(Shell parent, String recoveryKey, ClinicalDatabase database) {
        new RecoveryKeyDialog(parent, recoveryKey, database).open();
    }

    /**
     * Done, once the administrator ticked that the key is written down: kept for the first-day
     * checklist before the dialog closes (one small write to the key file), so whatever reads the
     * checklist when it closes finds the step done.
     */
    @Override
    protected void okPressed() {
        try {
            database.recoveryKeyWrittenDown();
        } catch (atlas.core.store.StoreException e) {
            Problems.show(getShell(), Messages.recoveryKey_title, e);
        }
        super.okPressed();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.recoveryKey_intro);
        GridDataFactory.fillDefaults().hint(460, SWT.DEFAULT).applyTo(intro);
        Text key = new Text(area, SWT.READ_ONLY | SWT.BORDER | SWT.CENTER);
        key.setText(recoveryKey);
        key.setFont(JFaceResources.getTextFont());
        key.setData(AtlasContext.WIDGET_ID, "recoveryKey.key");
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(key);
        Label keep = new Label(area, SWT.WRAP);
        keep.setText(Messages.recoveryKey_keep);
        GridDataFactory.fillDefaults().hint(460, SWT.DEFAULT).indent(0, 8).applyTo(keep);
        Button writtenDown = new Button(area, SWT.CHECK);
        writtenDown.setText(Messages.recoveryKey_writtenDown);
        writtenDown.setData(AtlasContext.WIDGET_ID, "recoveryKey.writtenDown");
        writtenDown.addListener(SWT.Selection,
                event -> getButton(IDialogConstants.OK_ID).setEnabled(writtenDown.getSelection()));
        key.setFocus();
        key.selectAll();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button done = createButton(parent, IDialogConstants.OK_ID, Messages.recoveryKey_done, true);
        done.setData(AtlasContext.WIDGET_ID, "recoveryKey.done");
        done.setEnabled(false);
    }
}
