package atlas.core.audit;

import java.util.List;

import atlas.core.patient.Patient;
import atlas.core.store.StoreException;

/**
 * The audit trail: every create, update and signature of a record is written by the service that
 * makes it, in the same transaction; opening a patient's clinical record is written here.
 */
public interface AuditTrail {

    /** Writes that the current user opened this patient's clinical record. */
    void recordOpened(Patient patient) throws StoreException;

    /** Entries in chain order, one page at a time. */
    List<AuditEvent> events(long fromSequence, int limit) throws StoreException;

    /** Entries about one patient, newest first. */
    List<AuditEvent> eventsOfPatient(long patientId, int limit) throws StoreException;

    /** Entries matching {@code query}, newest first, at most {@code limit}. */
    List<AuditEvent> search(AuditQuery query, int limit) throws StoreException;

    /** Recomputes the whole chain and says where it breaks, if anywhere. */
    AuditVerification verify() throws StoreException;
}
