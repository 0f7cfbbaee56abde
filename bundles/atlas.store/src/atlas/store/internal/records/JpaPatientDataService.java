package atlas.store.internal.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.note.ClinicalNote;
import atlas.core.note.NoteAddendum;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientDataService;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import jakarta.persistence.EntityManager;
import atlas.store.internal.audit.AuditLog;

/** A patient's data export and pseudonymisation on the clinical database. */
@Component(service = PatientDataService.class)
public class JpaPatientDataService extends RecordService implements PatientDataService {

    /** The format of the export, raised when its structure changes. */
    static final String EXPORT_FORMAT = "atlas-patient-export/1";

    @Activate
    public JpaPatientDataService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public String exportJson(long patientId) throws StoreException {
        require(Permission.EXPORT_RECORD);
        return database.write(em -> {
            Patient patient = existing(em, patientId);
            Map<String, Object> export = new LinkedHashMap<>();
            export.put("format", EXPORT_FORMAT);
            export.put("exportedOn", LocalDate.now());
            export.put("patient", patient);
            export.put("episodesOfCare", ofPatient(em, EpisodeOfCare.class, patientId));
            export.put("visits", ofPatient(em, Visit.class, patientId));
            List<ClinicalNote> notes = ofPatient(em, ClinicalNote.class, patientId);
            export.put("clinicalNotes", notes);
            List<NoteAddendum> addenda = new ArrayList<>();
            for (ClinicalNote note : notes) {
                addenda.addAll(em.createQuery("SELECT a FROM NoteAddendum a WHERE a.noteId = :note ORDER BY a.id",
                        NoteAddendum.class).setParameter("note", note.getId()).getResultList());
            }
            export.put("noteAddenda", addenda);
            export.put("formResponses", ofPatient(em, FormResponse.class, patientId));
            export.put("observations", ofPatient(em, Observation.class, patientId));
            export.put("headacheDiary", ofPatient(em, HeadacheDiaryEntry.class, patientId));
            List<PlanOfCare> plans = ofPatient(em, PlanOfCare.class, patientId);
            export.put("plansOfCare", plans);
            List<Goal> goals = new ArrayList<>();
            List<PlannedIntervention> planned = new ArrayList<>();
            for (PlanOfCare plan : plans) {
                goals.addAll(em.createQuery("SELECT g FROM Goal g WHERE g.planId = :plan ORDER BY g.id", Goal.class)
                        .setParameter("plan", plan.getId()).getResultList());
                planned.addAll(em.createQuery("SELECT i FROM PlannedIntervention i WHERE i.planId = :plan ORDER BY i.id",
                        PlannedIntervention.class).setParameter("plan", plan.getId()).getResultList());
            }
            export.put("goals", goals);
            export.put("plannedInterventions", planned);
            export.put("interventionsGiven", ofPatient(em, InterventionGiven.class, patientId));
            export.put("redFlagScreenings", ofPatient(em, RedFlagScreening.class, patientId));
            export.put("auditTrail", em.createQuery("SELECT e FROM AuditEvent e WHERE e.patientId = :patient "
                    + "ORDER BY e.sequence", AuditEvent.class).setParameter("patient", patientId).getResultList());
            StringBuilder json = new StringBuilder(64 * 1024);
            RecordJson.value(export, json); // inside the transaction: lazy lists load as they are written
            AuditLog.append(em, AuditAction.EXPORT, JpaPatientService.RECORD_TYPE, patientId, patientId,
                    json.length() + " characters");
            return json.toString();
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
            throw new IllegalArgumentException("Patient " + patientId + " does not exist");
        }
        return patient;
    }

    private static <T> List<T> ofPatient(EntityManager em, Class<T> type, long patientId) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.patientId = :patient ORDER BY e.id",
                type).setParameter("patient", patientId).getResultList();
    }
}
