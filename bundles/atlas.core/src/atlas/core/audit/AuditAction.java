package atlas.core.audit;

/** What was done to a record, as the audit trail names it. */
public enum AuditAction {
    /** A record was created. */
    CREATE,
    /** A record was changed. */
    UPDATE,
    /** A part of a draft was removed: a goal or planned intervention of an unsigned plan of care. */
    REMOVE,
    /** A note or plan was signed and is now immutable. */
    SIGN,
    /** A user signed in, or confirmed the password (before signing, after the idle lock). */
    SIGN_IN,
    /** A sign-in or password confirmation was refused (wrong password, throttled). */
    SIGN_IN_REFUSED,
    /** A service call was refused because the user's role does not allow it. */
    ACCESS_DENIED,
    /** A patient's whole record was exported for the patient's access request. */
    EXPORT,
    /** A patient's identifying data was replaced by a pseudonym on request. */
    PSEUDONYMISE,
    /** A patient's clinical record was opened on screen (read access is audited too). */
    OPEN_RECORD,
    BACKUP,
    RESTORE,
    /** A clinic plugin was installed, updated or removed (who, which, from where, signed by whom). */
    PLUGIN
}
