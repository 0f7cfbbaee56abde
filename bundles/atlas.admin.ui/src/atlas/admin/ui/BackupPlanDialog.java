package atlas.admin.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import atlas.core.dates.ClinicDates;
import atlas.core.store.BackupPlan;
import atlas.core.store.BackupService;
import atlas.core.store.BackupStatus;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;

/**
 * Administration > Backup Plan: where this workstation's backups go (another disk or a network
 * share, so a failed disk or a stolen PC does not take them with the records), when the day's
 * backup runs, and after how many days without a verified backup the status line warns. The store
 * checks the destination and keeps the plan; a refusal is said here and nothing changes.
 */
final class BackupPlanDialog extends AtlasDialog {

    private static final int WIDTH = 520;
    private final BackupService backups;
    private final Path dataFolder;
    private Text destination;
    private Label space;
    private Button daily;
    private Text dailyAt;
    private Spinner limitDays;
    private Label refusal;

    private final Reading reading;

    /** What the dialog opens with, read in the background: the plan (else the defaults) and the last backup. */
    record Reading(BackupPlan plan, BackupStatus status) {

        static Reading read(BackupService backups, Path dataFolder) {
            BackupPlan plan;
            try {
                plan = backups.plan();
            } catch (StoreException e) {
                plan = BackupPlan.defaults(dataFolder); // a plan file that cannot be read: start from the defaults
            }
            return new Reading(plan, backups.status());
        }
    }

    BackupPlanDialog(Shell parent, BackupService backups, Path dataFolder, Reading reading) {
        super(parent, "dialog.backupPlan", Messages.backupPlan_title);
        this.backups = backups;
        this.dataFolder = dataFolder;
        this.reading = reading;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        intro(area, Messages.backupPlan_intro, WIDTH);
        BackupPlan plan = reading.plan();

        new Label(area, SWT.NONE).setText(Messages.backupPlan_destination);
        Composite folder = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(folder);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        destination = new Text(folder, SWT.BORDER);
        destination.setData(AtlasContext.WIDGET_ID, "backupPlan.destination");
        destination.setText(plan.destination().toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(destination);
        Button choose = new Button(folder, SWT.PUSH);
        choose.setText(Messages.backupPlan_choose);
        choose.addListener(SWT.Selection, e -> chooseFolder());
        new Label(area, SWT.NONE);
        space = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 120, SWT.DEFAULT).applyTo(space);
        destination.addListener(SWT.Modify, e -> showSpace());

        daily = new Button(area, SWT.CHECK);
        daily.setText(Messages.backupPlan_daily);
        daily.setData(AtlasContext.WIDGET_ID, "backupPlan.daily");
        daily.setSelection(plan.dailyAt() != null);
        dailyAt = new Text(area, SWT.BORDER);
        dailyAt.setData(AtlasContext.WIDGET_ID, "backupPlan.dailyAt");
        dailyAt.setText(plan.dailyAt() == null ? "18:30" : plan.dailyAt().toString());
        dailyAt.setMessage("HH:MM");
        dailyAt.setEnabled(daily.getSelection());
        GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(dailyAt);
        daily.addListener(SWT.Selection, e -> dailyAt.setEnabled(daily.getSelection()));

        new Label(area, SWT.NONE).setText(Messages.backupPlan_limit);
        limitDays = new Spinner(area, SWT.BORDER);
        limitDays.setData(AtlasContext.WIDGET_ID, "backupPlan.limitDays");
        limitDays.setValues((int) plan.limit().toDays(), 1, BackupPlan.LONGEST_LIMIT_DAYS, 0, 1, 7);

        Label last = new Label(area, SWT.WRAP);
        last.setText(lastBackup(reading.status()));
        GridDataFactory.fillDefaults().span(2, 1).hint(WIDTH, SWT.DEFAULT).indent(0, 8).applyTo(last);
        refusal = refusalLine(area, "backupPlan.refusal", WIDTH);
        showSpace();
        destination.setFocus();
        return area;
    }

    private void chooseFolder() {
        DirectoryDialog chooser = new DirectoryDialog(getShell());
        chooser.setText(Messages.backupPlan_destination);
        chooser.setFilterPath(destination.getText());
        String chosen = chooser.open();
        if (chosen != null) {
            destination.setText(chosen);
        }
    }

    /** Free space at the destination, and a warning while it is on the records' own disk. */
    private void showSpace() {
        String text = destination.getText().strip();
        if (text.isEmpty() || !Path.of(text).isAbsolute()) {
            space.setText(Messages.backupPlan_absolute);
        } else {
            long free = BackupService.freeSpace(Path.of(text));
            String freeText = free < 0 ? Messages.backupPlan_spaceUnknown
                    : NLS.bind(Messages.backupPlan_space, String.format("%.1f", free / 1e9));
            space.setText(BackupPlan.onTheDatabaseDisk(Path.of(text), dataFolder)
                    ? freeText + " " + Messages.backupPlan_sameDisk : freeText);
        }
        space.requestLayout();
    }

    private static String lastBackup(BackupStatus status) {
        String last = status.lastVerified() == null ? Messages.backupPlan_noneYet
                : NLS.bind(Messages.backupPlan_last, ClinicDates.forPlatform().dateTime(status.lastVerified()),
                        status.file());
        return status.lastFailure() == null ? last : last + "\n" + NLS.bind(Messages.backupPlan_failed, status.lastFailure());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.backupPlan_save, true)
                .setData(AtlasContext.WIDGET_ID, "backupPlan.save");
        cancelButton(parent);
    }

    @Override
    protected void okPressed() {
        String folder = destination.getText().strip();
        if (folder.isEmpty() || !Path.of(folder).isAbsolute()) {
            refuse(Messages.backupPlan_absolute);
            return;
        }
        LocalTime at = null;
        if (daily.getSelection()) {
            try {
                at = LocalTime.parse(dailyAt.getText().strip());
            } catch (DateTimeParseException e) {
                refuse(NLS.bind(Messages.backupPlan_badTime, dailyAt.getText().strip()));
                return;
            }
        }
        BackupPlan plan = new BackupPlan(Path.of(folder), at, Duration.ofDays(limitDays.getSelection()));
        // kept in the background: the store checks the role and that the destination takes a file
        inBackground(() -> {
            backups.plan(plan);
            return plan;
        }, kept -> super.okPressed(), e -> refuse(e.getMessage()));
    }

    private void refuse(String why) {
        refusal.setText(why);
        refusal.requestLayout();
        fitHeight(getShell());
    }
}
