package atlas.admin.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinic.ClinicService;
import atlas.core.clinic.FirstDayChecklist;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.AtRest;
import atlas.core.store.BackupService;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;
import atlas.ui.InBackground;
import atlas.ui.Problems;

/**
 * Administration > First-Day Checklist: a new clinic's set-up, step by step, each done now (its
 * own command opens) or later; opened by itself after the first administrator is created.
 */
public class FirstDayChecklistHandler {

    /** The command, as the start-up runs it after a new clinic's first sign-in. */
    public static final String COMMAND = "atlas.admin.command.firstDay";

    @CanExecute
    boolean mayConfigure(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.CONFIGURE_CLINIC) && user.may(Permission.MANAGE_USERS);
    }

    @Execute
    void open(Shell shell, @Service ClinicService clinic, @Service UserService users,
            @Service ClinicalDatabase database, @Service BackupService backups, ECommandService commands,
            EHandlerService handlers) {
        FirstDayChecklistDialog.Reading reading = () -> read(clinic, users, database, backups);
        InBackground.run(shell, Messages.firstDay_title, reading::read,
                checklist -> new FirstDayChecklistDialog(shell, checklist, reading, command -> {
                    var runnable = commands.createCommand(command, null);
                    if (handlers.canExecute(runnable)) {
                        handlers.executeHandler(runnable);
                    }
                }).open(), e -> Problems.show(shell, Messages.firstDay_title, e));
    }

    /** Each step read from where it is kept; on a server no backup or recovery key step. */
    static FirstDayChecklist read(ClinicService clinic, UserService users, ClinicalDatabase database,
            BackupService backups) throws StoreException {
        boolean embedded = database.atRest() != AtRest.SERVER;
        return FirstDayChecklist.of(clinic.details(), users.users(), embedded ? backups.plan() : null,
                DataFolder.path(), embedded ? database.recoveryKeyWrittenDownAt().isPresent() : null);
    }
}
