package atlas.admin.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinic.FirstDayChecklist;
import atlas.core.clinic.FirstDayChecklist.Step;
import atlas.core.clinic.FirstDayChecklist.Task;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
import atlas.ui.InBackground;

/**
 * The first-day checklist: one line per step with whether it is done and a button that opens
 * the step's own dialog now. Whenever a step's dialog closes, each step is read again from where
 * it is kept; Later leaves the rest for another day.
 */
final class FirstDayChecklistDialog extends AtlasDialog {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FirstDayChecklistDialog.class);

    /** Reads the checklist again (in the background). */
    @FunctionalInterface
    interface Reading {
        FirstDayChecklist read() throws StoreException;
    }

    /** The command that does each step. */
    private static final Map<Task, String> COMMANDS = new EnumMap<>(Map.of(
            Task.CLINIC_DETAILS, "atlas.admin.command.clinicDetails", Task.USERS, "atlas.admin.command.users",
            Task.BACKUP_DESTINATION, "atlas.admin.command.backupPlan", Task.RECOVERY_KEY,
            "atlas.admin.command.recoveryKey"));

    private final Reading reading;
    private final Consumer<String> runCommand;
    private final Map<Task, Label> statuses = new EnumMap<>(Task.class);
    private FirstDayChecklist checklist;
    private Label summary;

    FirstDayChecklistDialog(Shell parent, FirstDayChecklist checklist, Reading reading, Consumer<String> runCommand) {
        super(parent, "dialog.firstDay", Messages.firstDay_title);
        this.checklist = checklist;
        this.reading = reading;
        this.runCommand = runCommand;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(12, 10).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.firstDay_intro);
        GridDataFactory.fillDefaults().span(3, 1).hint(560, SWT.DEFAULT).applyTo(intro);
        for (Step step : checklist.steps()) {
            Label status = new Label(area, SWT.NONE);
            status.setData(AtlasContext.WIDGET_ID, "firstDay.status." + step.task());
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(90, SWT.DEFAULT).applyTo(status);
            statuses.put(step.task(), status);
            Label what = new Label(area, SWT.WRAP);
            what.setText(describe(step.task()));
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(what);
            Button now = new Button(area, SWT.PUSH);
            now.setText(Messages.firstDay_doNow);
            now.setData(AtlasContext.WIDGET_ID, "firstDay.do." + step.task());
            now.addListener(SWT.Selection, e -> runCommand.accept(COMMANDS.get(step.task())));
            GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(now);
        }
        summary = new Label(area, SWT.WRAP);
        summary.setData(AtlasContext.WIDGET_ID, "firstDay.summary");
        GridDataFactory.fillDefaults().span(3, 1).hint(560, SWT.DEFAULT).applyTo(summary);
        show(checklist);
        LOG.info("First-day checklist shown; done: {}; to do: {}",
                checklist.steps().stream().filter(Step::done).map(Step::task).toList(),
                checklist.steps().stream().filter(step -> !step.done()).map(Step::task).toList());
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        // a step's dialog closed (whichever way, with or without a window manager handing the
        // keyboard back): what it changed is read again
        Listener stepClosed = e -> {
            if (e.widget instanceof Shell closed && closed != shell && !shell.isDisposed()) {
                InBackground.run(shell, Messages.firstDay_title, reading::read, this::show,
                        failed -> summary.setText(failed.getMessage()));
            }
        };
        shell.getDisplay().addFilter(SWT.Dispose, stepClosed);
        shell.addListener(SWT.Dispose, e -> e.display.removeFilter(SWT.Dispose, stepClosed));
    }

    private void show(FirstDayChecklist read) {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        checklist = read;
        for (Step step : read.steps()) {
            Label status = statuses.get(step.task());
            if (status != null) {
                status.setText(step.done() ? Messages.firstDay_done : Messages.firstDay_notYet);
                status.setForeground(status.getDisplay().getSystemColor(step.done() ? SWT.COLOR_DARK_GREEN
                        : SWT.COLOR_DARK_RED));
            }
        }
        summary.setText(read.complete() ? Messages.firstDay_complete : Messages.firstDay_later);
        summary.requestLayout();
    }

    private static String describe(Task task) {
        return switch (task) {
        case CLINIC_DETAILS -> Messages.firstDay_clinicDetails;
        case USERS -> Messages.firstDay_users;
        case BACKUP_DESTINATION -> Messages.firstDay_backup;
        case RECOVERY_KEY -> Messages.firstDay_recoveryKey;
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.firstDay_close, true).setData(AtlasContext.WIDGET_ID,
                "dialog.close");
    }
}
