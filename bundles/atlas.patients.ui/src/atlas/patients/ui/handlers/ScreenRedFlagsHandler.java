package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/** Patient > Intake Red-Flag Screening. */
public class ScreenRedFlagsHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.CLINICAL_WRITE;
    }

    @Override
    void run(PatientRecordPart record) {
        record.screenRedFlags();
    }
}
