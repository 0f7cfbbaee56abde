package atlas.store.internal.records;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.PlanOfCare;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import jakarta.persistence.EntityManager;
import atlas.store.internal.audit.AuditLog;

/**
 * Reads a patient's whole record in one transaction with one query per kind of record (each on an
 * index that starts with PATIENT_ID), and writes the opening to the audit trail in the same
 * transaction.
 */
@Component(service = PatientRecordService.class)
public class JpaPatientRecordService extends RecordService implements PatientRecordService {

    @Activate
    public JpaPatientRecordService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public Optional<PatientRecord> open(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        // The first opening in a session is audited (in the same transaction as the read); later
        // reads of the same record in the session are the same access (see Session.hasOpened).
        boolean audited = !session.hasOpened(patientId);
        Optional<PatientRecord> record = audited ? database.write(em -> read(em, patientId, true))
                : database.read(em -> read(em, patientId, false));
        if (audited && record.isPresent()) {
            session.opened(patientId);
        }
        return record;
    }

    /** The record in the orders PatientRecord names; its opening audited when {@code audited}. */
    static Optional<PatientRecord> read(EntityManager em, long patientId, boolean audited) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            return Optional.empty();
        }
        if (audited) {
            AuditLog.append(em, AuditAction.OPEN_RECORD, JpaPatientService.RECORD_TYPE, patientId, patientId,
                    patient.getRecordNumber());
        }
        return Optional.of(new PatientRecord(patient,
                    ofPatient(em, EpisodeOfCare.class, patientId, "e.startDate DESC, e.id DESC"),
                    ofPatient(em, Visit.class, patientId, "e.startsAt, e.id"),
                    ofPatient(em, FormResponse.class, patientId, "e.completedAt, e.id"),
                    ofPatient(em, Observation.class, patientId, "e.observedAt, e.id"),
                    ofPatient(em, HeadacheDiaryEntry.class, patientId, "e.startsAt, e.id"),
                    ofPatient(em, PlanOfCare.class, patientId, "e.revision DESC"),
                    ofPatient(em, RedFlagScreening.class, patientId, "e.screenedAt, e.id")));
    }

    private static <T> java.util.List<T> ofPatient(EntityManager em, Class<T> type, long patientId, String order) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.patientId = :patient ORDER BY "
                + order, type).setParameter("patient", patientId).getResultList();
    }
}
