package atlas.core.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit trail for an auditor as CSV (RFC 4180: comma-separated, quoted where needed, CRLF), one
 * entry a line with its hashes, so the chain can be checked again outside Atlas: each entry's hash is
 * SHA-256 over its canonical form, which ends with the previous entry's hash.
 */
public final class AuditCsv {

    static final String HEADER = "sequence,occurred_at,actor,action,record_type,record_id,patient_id,detail,"
            + "previous_hash,hash";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditCsv() {
    }

    public static void write(List<AuditEvent> events, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (AuditEvent event : events) {
            String[] fields = { Long.toString(event.getSequence()),
                    TIME.format(event.getOccurredAt().atZone(ZoneId.systemDefault())), event.getActor(),
                    event.getAction().name(), event.getRecordType(), text(event.getRecordId()),
                    text(event.getPatientId()), event.getDetail(), event.getPreviousHash(), event.getHash() };
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(fields[i]));
            }
            out.write("\r\n");
        }
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    /** A field quoted when it holds a comma, quote or line break; quotes doubled (RFC 4180). */
    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
