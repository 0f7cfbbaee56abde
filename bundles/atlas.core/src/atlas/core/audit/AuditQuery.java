package atlas.core.audit;

import java.time.LocalDate;

/**
 * What an auditor looks for in the trail; every part is optional (null for any).
 *
 * @param patientId the patient the entries concern
 * @param actor     the user who acted (exact user name)
 * @param action    what was done
 * @param from      the first day, inclusive (in the workstation's time zone)
 * @param to        the last day, inclusive
 */
public record AuditQuery(Long patientId, String actor, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
