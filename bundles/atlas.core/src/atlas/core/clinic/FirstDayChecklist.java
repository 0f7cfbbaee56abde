package atlas.core.clinic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import atlas.core.security.UserAccount;
import atlas.core.store.BackupPlan;

/**
 * What a new clinic sets up on its first day (issue 17), each step read from where it is kept -
 * nothing is ticked by hand: the clinic's name for prints, users beside the administrator, backups
 * written somewhere other than the database's own disk, and the recovery key written down (an
 * encrypted embedded database only; a server's records are the server's to protect).
 */
public record FirstDayChecklist(List<Step> steps) {

    /** The steps, in the order an administrator does them. */
    public enum Task {
        CLINIC_DETAILS, USERS, BACKUP_DESTINATION, RECOVERY_KEY
    }

    public record Step(Task task, boolean done) {
    }

    /**
     * The checklist of the facts as read: the clinic's details, the user accounts, this
     * workstation's backup plan and data folder (null plan on a server: no step), and whether the
     * current recovery key is written down (null: there is none to write down, a server).
     */
    public static FirstDayChecklist of(ClinicDetails details, List<UserAccount> users, BackupPlan backups,
            Path dataFolder, Boolean recoveryKeyWrittenDown) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Task.CLINIC_DETAILS, details.name() != null && !details.name().isBlank()));
        steps.add(new Step(Task.USERS, users.stream().filter(UserAccount::isActive).count() > 1));
        if (backups != null) {
            steps.add(new Step(Task.BACKUP_DESTINATION,
                    !BackupPlan.onTheDatabaseDisk(backups.destination(), dataFolder)));
        }
        if (recoveryKeyWrittenDown != null) {
            steps.add(new Step(Task.RECOVERY_KEY, recoveryKeyWrittenDown));
        }
        return new FirstDayChecklist(List.copyOf(steps));
    }

    /** Whether every step is done: the checklist no longer opens by itself. */
    public boolean complete() {
        return steps.stream().allMatch(Step::done);
    }
}
