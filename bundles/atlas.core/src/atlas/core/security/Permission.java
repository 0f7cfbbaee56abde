package atlas.core.security;

/** What a user may do; each role grants a set of these (see {@link Role}). */
public enum Permission {
    /** Create and deactivate users, reset passwords. */
    MANAGE_USERS,
    /** Back up and restore the database. */
    BACK_UP,
    /** Read the audit trail, verify it, export it for an auditor. */
    READ_AUDIT,
    /** Pseudonymise a patient on request (GDPR art. 17 where records must be kept). */
    PATIENT_RIGHTS,
    /**
     * Export everything held about a patient, notes included, for their access request (GDPR art.
     * 15 and 20): whoever may read the clinical record - the therapist. The administrator, who
     * reads no clinical record, cannot read it through an export either.
     */
    EXPORT_RECORD,
    /** Keep the clinic's settings: imported questionnaire wording. */
    CONFIGURE_CLINIC,
    /**
     * Install, update and remove clinic plugins: code that runs inside Atlas with the records it
     * shows, so only the administrator, who answers for the workstation (issue 21).
     */
    MANAGE_PLUGINS,
    /** Register patients, change their demographics, find them. */
    DEMOGRAPHICS,
    /** Start episodes and add visits (scheduling). */
    VISITS,
    /** Read the clinical record: notes, forms, diary, plans, charts, reports. */
    CLINICAL_READ,
    /** Write the clinical record: notes, forms, diary, plans, red-flag screenings. */
    CLINICAL_WRITE,
    /** Sign notes and plans (asks for the password again). */
    SIGN
}
