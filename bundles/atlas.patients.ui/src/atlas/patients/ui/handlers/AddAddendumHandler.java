package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/** Patient > Add Addendum to the shown signed note. */
public class AddAddendumHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.CLINICAL_WRITE;
    }

    @Override
    void run(PatientRecordPart record) {
        record.addAddendum();
    }
}
