package atlas.admin.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.store.BackupService;
import atlas.core.store.ClinicalDatabase;
import atlas.ui.InBackground;
import atlas.ui.Problems;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;
import jakarta.inject.Named;

/** Administration > Backup Plan: for whoever may back up, on a workstation with its own database. */
public class BackupPlanHandler {

    @CanExecute
    boolean mayPlan(@Optional @Named(AtlasContext.USER) UserAccount user, @Service ClinicalDatabase database) {
        return EmbeddedOnly.offered(user, Permission.BACK_UP, database);
    }

    @Execute
    void plan(Shell shell, @Service BackupService backups) {
        // the plan and the last backup's status are read in the background, then the dialog opens with them
        java.nio.file.Path dataFolder = DataFolder.path();
        InBackground.run(shell, Messages.backupPlan_title, () -> BackupPlanDialog.Reading.read(backups, dataFolder),
                read -> new BackupPlanDialog(shell, backups, dataFolder, read).open(),
                e -> Problems.show(shell, Messages.backupPlan_title, e));
    }
}
