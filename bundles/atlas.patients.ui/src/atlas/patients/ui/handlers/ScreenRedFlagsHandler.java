package atlas.patients.ui.handlers;

import atlas.patients.ui.PatientRecordPart;

/** Patient > Intake Red-Flag Screening. */
public class ScreenRedFlagsHandler extends ActiveRecordHandler {

    @Override
    void run(PatientRecordPart record) {
        record.screenRedFlags();
    }
}
