package atlas.core.patient;

import java.util.Optional;

import atlas.core.store.StoreException;

/** Opens a patient's clinical record; every opening is written to the audit trail. */
public interface PatientRecordService {

    Optional<PatientRecord> open(long patientId) throws StoreException;
}
