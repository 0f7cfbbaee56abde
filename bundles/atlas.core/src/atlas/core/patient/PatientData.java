package atlas.core.patient;

import java.util.List;

import atlas.core.audit.AuditEvent;
import atlas.core.clinician.Clinician;
import atlas.core.note.ClinicalNote;
import atlas.core.note.NoteAddendum;
import atlas.core.plan.Goal;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.PlannedIntervention;

/**
 * Everything Atlas holds about one patient, for the patient's access request and for moving the
 * record to another system: the clinical record, the notes with their addenda, every plan's goals
 * and planned interventions, the interventions given, the clinicians who wrote, signed or screened
 * any of it, the audit entries about the patient (who opened, changed or exported what, when), and
 * the documents of the record (printed reports and letters, received files) with their content.
 * Lists are in the order they were written.
 */
public record PatientData(PatientRecord record, List<ClinicalNote> notes, List<NoteAddendum> addenda, List<Goal> goals,
        List<PlannedIntervention> plannedInterventions, List<InterventionGiven> interventionsGiven,
        List<Clinician> clinicians, List<AuditEvent> auditTrail, List<atlas.core.document.PatientDocument> documents) {

    public Patient patient() {
        return record.patient();
    }
}
