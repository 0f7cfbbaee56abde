package atlas.patients.ui.handlers;

import atlas.patients.ui.PatientRecordPart;

/** Patient > Add Addendum to the shown signed note. */
public class AddAddendumHandler extends ActiveRecordHandler {

    @Override
    void run(PatientRecordPart record) {
        record.addAddendum();
    }
}
