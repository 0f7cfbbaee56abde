package atlas.store.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditChain;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditVerification;

/**
 * Recomputes the audit trail's hash chain from the rows, over plain JDBC, so that the running
 * database (Audit Trail > Verify Chain) and a backup being verified before a restore are checked by
 * the same code: every entry in sequence without gaps, each continuing the chain of the one before,
 * each hash matching its entry, and the chain head naming the newest entry.
 */
public final class AuditChainCheck {

    public static final String ENTRIES = "SELECT SEQUENCE_NO, OCCURRED_AT, ACTOR, AUDIT_ACTION, RECORD_TYPE, RECORD_ID,"
            + " PATIENT_ID, DETAIL, PREVIOUS_HASH, ENTRY_HASH FROM AUDIT_EVENT ORDER BY SEQUENCE_NO";

    private AuditChainCheck() {
    }

    /** Verifies the chain with {@code entries}, a statement of {@link #ENTRIES} on the database. */
    public static AuditVerification verify(PreparedStatement entries) throws SQLException {
        long expected = 1;
        long checked = 0;
        String previous = AuditChain.GENESIS;
        entries.setFetchSize(1000);
        try (ResultSet rows = entries.executeQuery()) {
            while (rows.next()) {
                checked++;
                long sequence = rows.getLong(1);
                if (sequence != expected) {
                    return AuditVerification.broken(checked, expected, "entry #" + expected
                            + " is missing (deleted); the next entry is #" + sequence);
                }
                AuditAction action;
                try {
                    action = AuditAction.valueOf(rows.getString(4));
                } catch (IllegalArgumentException changed) {
                    return AuditVerification.broken(checked, expected, "entry #" + expected
                            + " was changed after it was written");
                }
                String previousHash = rows.getString(9);
                if (!previousHash.equals(previous)) {
                    return AuditVerification.broken(checked, expected,
                            "entry #" + expected + " does not continue the chain of the entry before it");
                }
                AuditEvent event = new AuditEvent(sequence, Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                        action, rows.getString(5), (Long) rows.getObject(6, Long.class),
                        (Long) rows.getObject(7, Long.class), rows.getString(8), previousHash);
                if (!event.getHash().equals(rows.getString(10))) {
                    return AuditVerification.broken(checked, expected,
                            "entry #" + expected + " was changed after it was written");
                }
                previous = rows.getString(10);
                expected++;
            }
        }
        try (Statement statement = entries.getConnection().createStatement();
                ResultSet head = statement.executeQuery("SELECT LAST_SEQUENCE, LAST_HASH FROM AUDIT_CHAIN")) {
            boolean hasHead = head.next();
            long newest = hasHead ? head.getLong(1) : 0;
            if (!hasHead || newest != expected - 1 || !head.getString(2).equals(previous)) {
                return AuditVerification.broken(checked, expected, "the chain ends at #" + (expected - 1)
                        + " but its newest entry was #" + newest + ": later entries were deleted");
            }
        }
        return AuditVerification.intact(checked);
    }

    /** Verifies the chain of the database {@code connection} reaches. */
    public static AuditVerification verify(Connection connection) throws SQLException {
        try (PreparedStatement entries = connection.prepareStatement(ENTRIES)) {
            return verify(entries);
        }
    }
}
