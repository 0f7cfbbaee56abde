package atlas.core.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.clinic.FirstDayChecklist.Step;
import atlas.core.clinic.FirstDayChecklist.Task;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.store.BackupPlan;

/** The first-day checklist reads each step from the facts; a server has no backup or recovery key step. */
class FirstDayChecklistTest {

    private static final Path DATA = Path.of("/clinic/atlas").toAbsolutePath();
    private static final UserAccount ADMIN = new UserAccount("admin", "Administrator", Role.ADMINISTRATOR);

    @Test
    void aNewClinicHasEverythingStillToDo() {
        FirstDayChecklist fresh = FirstDayChecklist.of(ClinicDetails.none(), List.of(ADMIN), BackupPlan.defaults(DATA),
                DATA, false);
        assertEquals(List.of(new Step(Task.CLINIC_DETAILS, false), new Step(Task.USERS, false),
                new Step(Task.BACKUP_DESTINATION, false), new Step(Task.RECOVERY_KEY, false)), fresh.steps());
        assertFalse(fresh.complete());
    }

    @Test
    void eachStepIsDoneByWhatIsKeptNotByATick() {
        UserAccount therapist = new UserAccount("mlehmann", "Maria Lehmann", Role.THERAPIST);
        UserAccount gone = new UserAccount("old", "Left the clinic", Role.THERAPIST);
        gone.setActive(false);
        BackupPlan elsewhere = new BackupPlan(Path.of("/mnt/nas/atlas").toAbsolutePath(), null,
                BackupPlan.DEFAULT_LIMIT);
        assertEquals(List.of(new Step(Task.CLINIC_DETAILS, true), new Step(Task.USERS, false),
                new Step(Task.BACKUP_DESTINATION, true), new Step(Task.RECOVERY_KEY, true)),
                FirstDayChecklist.of(new ClinicDetails("Praxis Seeblick", "", ""), List.of(ADMIN, gone), elsewhere,
                        DATA, true).steps(), "a deactivated user does not count");
        FirstDayChecklist done = FirstDayChecklist.of(new ClinicDetails("Praxis Seeblick", "", ""),
                List.of(ADMIN, therapist), elsewhere, DATA, true);
        assertTrue(done.complete());
    }

    @Test
    void onAServerOnlyTheClinicAndItsUsersAreSetUpHere() {
        FirstDayChecklist server = FirstDayChecklist.of(ClinicDetails.none(), List.of(ADMIN), null, DATA, null);
        assertEquals(List.of(Task.CLINIC_DETAILS, Task.USERS), server.steps().stream().map(Step::task).toList());
    }
}
