package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/** Patient > Add Visit, to the active episode. */
public class AddVisitHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.VISITS;
    }

    @Override
    void run(PatientRecordPart record) {
        record.addVisit();
    }
}
