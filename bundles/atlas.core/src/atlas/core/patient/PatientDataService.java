package atlas.core.patient;

import java.util.List;

import atlas.core.store.StoreException;

/**
 * A patient's rights over their data (GDPR art. 15 and 20, HIPAA's right of access; art. 17 and
 * 89 where the law lets the records be kept but not the identity): everything Atlas holds about the
 * patient, machine-readable, and pseudonymisation on request.
 */
public interface PatientDataService {

    /**
     * Everything Atlas holds about the patient (see {@link PatientData}), read in one transaction
     * that also writes the export to the audit trail: the data request's answer and the record a
     * clinic sends on. Needs {@link atlas.core.security.Permission#EXPORT_RECORD}.
     *
     * @throws IllegalArgumentException when there is no such patient
     */
    PatientData export(long patientId) throws StoreException;

    /**
     * The internal ids of every patient, oldest first: what a whole-clinic export goes through, one
     * {@link #export} each (every one checked and audited). Needs the same permission.
     */
    List<Long> patientIds() throws StoreException;

    /**
     * Replaces what identifies the patient - names, record number, day and month of birth,
     * contact details, referrer, consent notes, further identifiers - by a pseudonym, in one
     * transaction and audited with the reason. The clinical records stay linked by the patient's
     * internal id, so outcome figures stay whole. Free text written in notes is not changed: the
     * clinician reviews it (Atlas cannot know every way a name was written down).
     *
     * @return the pseudonymised patient
     */
    Patient pseudonymise(long patientId, String reason) throws StoreException;
}
