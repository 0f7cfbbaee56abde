package atlas.store.internal.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.clinician.Clinician;
import atlas.core.note.ClinicalNote;
import atlas.core.note.NoteAddendum;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientData;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientDataService;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import jakarta.persistence.EntityManager;
import atlas.store.internal.audit.AuditLog;

/** A patient's data export and pseudonymisation on the clinical database. */
@Component(service = PatientDataService.class)
public class JpaPatientDataService extends RecordService implements PatientDataService {

    @Activate
    public JpaPatientDataService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public PatientData export(long patientId) throws StoreException {
        require(Permission.EXPORT_RECORD);
        return database.write(em -> {
            // the record as the record part reads it (the export, not the opening, is audited below)
            PatientRecord record = JpaPatientRecordService.read(em, patientId, false)
                    .orElseThrow(() -> missing(patientId));
            List<ClinicalNote> notes = ofPatient(em, ClinicalNote.class, patientId);
            List<NoteAddendum> addenda = ofOwners(em, NoteAddendum.class, "noteId", notes.stream().map(ClinicalNote::getId));
            List<Long> planIds = record.plans().stream().map(PlanOfCare::getId).toList();
            List<Goal> goals = ofOwners(em, Goal.class, "planId", planIds.stream());
            List<PlannedIntervention> planned = ofOwners(em, PlannedIntervention.class, "planId", planIds.stream());
            List<AuditEvent> trail = em.createQuery("SELECT e FROM AuditEvent e WHERE e.patientId = :patient "
                    + "ORDER BY e.sequence", AuditEvent.class).setParameter("patient", patientId).getResultList();
            PatientData data = new PatientData(record, notes, addenda, goals, planned,
                    ofPatient(em, InterventionGiven.class, patientId), clinicians(em, record, notes, addenda), trail,
                    em.createQuery("SELECT d FROM PatientDocument d WHERE d.patientId = :patient"
                            + " ORDER BY d.createdAtMillis, d.id", atlas.core.document.PatientDocument.class)
                            .setParameter("patient", patientId).getResultList());
            loaded(data);
            AuditLog.append(em, AuditAction.EXPORT, JpaPatientService.RECORD_TYPE, patientId, patientId,
                    "everything held: " + record.visits().size() + " visits, " + notes.size() + " notes, "
                            + record.responses().size() + " forms, " + data.documents().size() + " documents, "
                            + trail.size() + " audit entries");
            return data;
        });
    }

    @Override
    public List<Long> patientIds() throws StoreException {
        require(Permission.EXPORT_RECORD);
        return database.read(em -> em.createQuery("SELECT p.id FROM Patient p ORDER BY p.id", Long.class).getResultList());
    }

    /** The clinicians who saw the patient, or wrote, signed or screened anything of the patient's. */
    private static List<Clinician> clinicians(EntityManager em, PatientRecord record, List<ClinicalNote> notes,
            List<NoteAddendum> addenda) {
        Set<Long> ids = new HashSet<>(); // not a TreeSet: the ids not set are null until removed
        notes.forEach(note -> ids.addAll(Arrays.asList(note.getAuthorId(), note.getSignedBy())));
        addenda.forEach(addendum -> ids.add(addendum.getAuthorId()));
        record.visits().forEach(visit -> ids.add(visit.getClinicianId()));
        record.plans().forEach(plan -> ids.add(plan.getSignedBy()));
        record.redFlagScreenings().forEach(screening -> ids.addAll(Arrays.asList(screening.getScreenedBy(),
                screening.getAcknowledgedBy())));
        ids.remove(null);
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT c FROM Clinician c WHERE c.id IN :ids ORDER BY c.id", Clinician.class)
                        .setParameter("ids", ids).getResultList();
    }

    /** Lists read lazily are read here, in the transaction, not by whoever writes the export out. */
    private static void loaded(PatientData data) {
        data.patient().getIdentifiers().size();
        data.documents().forEach(document -> document.getContent()); // the file itself, not a lazy promise of it
        data.record().episodes().forEach(episode -> episode.getDiagnoses().size());
        data.record().responses().forEach(response -> {
            response.getAnswers().size();
            response.getResults().size();
        });
    }

    private static final java.security.SecureRandom PSEUDONYMS = new java.security.SecureRandom();

    @Override
    public Patient pseudonymise(long patientId, String reason) throws StoreException {
        require(Permission.PATIENT_RIGHTS);
        return database.write(em -> {
            Patient patient = existing(em, patientId);
            // eight random digits: a record number with digits is what the patient list searches
            // as a record number (letters alone would be taken for a name)
            String pseudonym = String.format("PSN-%08d", PSEUDONYMS.nextInt(100_000_000));
            patient.setRecordNumber(pseudonym);
            patient.setFamilyName("Pseudonym");
            patient.setGivenName(pseudonym);
            // the year stays, for age-related outcome figures; day and month identify
            patient.setDateOfBirth(LocalDate.of(patient.getDateOfBirth().getYear(), 7, 1));
            patient.setContact(new ContactDetails());
            patient.setReferrer(null);
            patient.setConsentNotes(null);
            patient.getIdentifiers().clear();
            // printed documents carry the name and birth date as printed: they go (the record prints them again)
            em.createQuery("DELETE FROM PatientDocument d WHERE d.patientId = :patient").setParameter("patient", patientId)
                    .executeUpdate();
            AuditLog.append(em, AuditAction.PSEUDONYMISE, JpaPatientService.RECORD_TYPE, patientId, patientId,
                    reason == null || reason.isBlank() ? "on request" : reason.strip());
            return patient;
        });
    }

    private static Patient existing(EntityManager em, long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw missing(patientId);
        }
        return patient;
    }

    /** The rows of {@code type} whose {@code owner} column is one of {@code owners} (goals of plans, addenda of notes). */
    private static <T> List<T> ofOwners(EntityManager em, Class<T> type, String owner, java.util.stream.Stream<Long> owners) {
        List<Long> ids = owners.toList();
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + owner
                + " IN :owners ORDER BY e.id", type).setParameter("owners", ids).getResultList();
    }

    private static IllegalArgumentException missing(long patientId) {
        return new IllegalArgumentException("Patient " + patientId + " does not exist");
    }

    private static <T> List<T> ofPatient(EntityManager em, Class<T> type, long patientId) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.patientId = :patient ORDER BY e.id",
                type).setParameter("patient", patientId).getResultList();
    }
}
