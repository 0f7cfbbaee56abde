package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/** Patient > Reopen Episode: the newest, closed episode opened again for a reason (issue 18). */
public class ReopenEpisodeHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.CLINICAL_WRITE;
    }

    @Override
    void run(PatientRecordPart record) {
        record.reopenEpisode();
    }
}
