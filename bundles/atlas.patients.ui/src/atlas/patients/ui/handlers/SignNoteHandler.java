package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/** Patient > Sign Note: the shown note becomes read-only. */
public class SignNoteHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.SIGN;
    }

    @Override
    void run(PatientRecordPart record) {
        record.signNote();
    }
}
