package atlas.app.handlers;

import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Problems;
import atlas.ui.Counted;
import atlas.ui.AtlasContext;
import atlas.app.Messages;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.BackupCheck;
import atlas.core.store.BackupService;
import atlas.core.store.StoreException;

/**
 * File > Back Up Now: writes a verified backup of the clinical database to a file the user
 * chooses, in the background while work goes on. The administrator's task; the backup Atlas writes
 * on every close runs whoever is signed in.
 */
public class BackUpHandler {

    /** Open to whoever may back up (the administrator); the store checks that too. */
    @CanExecute
    boolean databaseIsOpen(@Optional @Named(AtlasContext.DATABASE_READY) Boolean ready,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return Boolean.TRUE.equals(ready) && user != null && user.may(Permission.BACK_UP);
    }

    @Execute
    void backUp(Shell shell, @Service BackupService backups, UISynchronize ui) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.backup_dialog);
        dialog.setFilterExtensions(new String[] { "*.zip" });
        dialog.setFileName("atlas-backup-" + LocalDate.now() + ".zip");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        Job.create(Messages.backup_job, monitor -> {
            try {
                BackupCheck check = backups.backup(target);
                ui.asyncExec(() -> MessageDialog.openInformation(shell, Messages.backup_done_title,
                        Counted.of(Messages.backup_done, target.toString(), check.patients(),
                                check.bytes() / 1024)));
            } catch (StoreException e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, Messages.backup_failed, Problems.of(e)));
            } catch (AccessDeniedException e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, Messages.backup_failed, e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
