package atlas.patients.ui.handlers;

import atlas.patients.ui.PatientRecordPart;

/** Patient > Add Visit, to the active episode. */
public class AddVisitHandler extends ActiveRecordHandler {

    @Override
    void run(PatientRecordPart record) {
        record.addVisit();
    }
}
