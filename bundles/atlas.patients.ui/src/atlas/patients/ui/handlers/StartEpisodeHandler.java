package atlas.patients.ui.handlers;

import atlas.patients.ui.PatientRecordPart;

/** Patient > Start Episode of Care. */
public class StartEpisodeHandler extends ActiveRecordHandler {

    @Override
    void run(PatientRecordPart record) {
        record.startEpisode();
    }
}
