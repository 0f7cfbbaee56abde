package atlas.core.security;

/** What a user may do; each role grants a set of these (see {@link Role}). */
public enum Permission {
    /** Create and deactivate users, reset passwords. */
    MANAGE_USERS,
    /** Back up and restore the database. */
    BACK_UP,
    /** Read the audit trail, verify it, export it for an auditor. */
    READ_AUDIT,
    /** Export a patient's data for an access request, pseudonymise a patient on request. */
    PATIENT_RIGHTS,
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
