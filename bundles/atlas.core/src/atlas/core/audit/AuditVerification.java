package atlas.core.audit;

/**
 * The outcome of checking the audit trail's hash chain.
 *
 * @param intact       true when every entry and the chain head agree
 * @param checked      how many entries were read
 * @param brokenAt     sequence number of the first entry that does not fit, or 0 when intact
 * @param problem      what does not fit, for the auditor: empty when intact
 */
public record AuditVerification(boolean intact, long checked, long brokenAt, String problem) {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, 0, "");
    }

    public static AuditVerification broken(long checked, long brokenAt, String problem) {
        return new AuditVerification(false, checked, brokenAt, problem);
    }
}
