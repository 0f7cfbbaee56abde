package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/** Patient > Start Episode of Care. */
public class StartEpisodeHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.VISITS;
    }

    @Override
    void run(PatientRecordPart record) {
        record.startEpisode();
    }
}
