package atlas.patients.ui.handlers;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/**
 * Patient > Discharge Episode (issue 18): the active episode discharged and closed, then its
 * discharge summary written and kept in the record.
 */
public class DischargeEpisodeHandler extends ActiveRecordHandler {

    @Override
    Permission permission() {
        return Permission.CLINICAL_WRITE;
    }

    @Override
    void run(PatientRecordPart record) {
        record.dischargeEpisode();
    }
}
