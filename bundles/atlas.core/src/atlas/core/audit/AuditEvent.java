package atlas.core.audit;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the audit trail: who did what to which record, when. Entries form a hash chain:
 * each hash covers the entry and the previous hash, so an edited or deleted row breaks the chain
 * and {@link AuditTrail#verify()} finds it. Entries are never updated or deleted by Atlas.
 */
@Entity
@Table(name = "AUDIT_EVENT")
@Cacheable(false)
public class AuditEvent {

    public static final int ACTOR_MAX = 80;
    public static final int RECORD_TYPE_MAX = 40;
    public static final int DETAIL_MAX = 500;

    /** Position in the chain, 1, 2, 3, ... without gaps. */
    @Id
    @Column(name = "SEQUENCE_NO")
    private long sequence;

    /** Milliseconds since the epoch (UTC): exact, so the hash can be recomputed from the row. */
    @Column(name = "OCCURRED_AT", nullable = false)
    private long occurredAtMillis;

    @Column(name = "ACTOR", length = ACTOR_MAX, nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIT_ACTION", length = 20, nullable = false)
    private AuditAction action;

    @Column(name = "RECORD_TYPE", length = RECORD_TYPE_MAX, nullable = false)
    private String recordType;

    @Column(name = "RECORD_ID")
    private Long recordId;

    @Column(name = "PATIENT_ID")
    private Long patientId;

    @Column(name = "DETAIL", length = DETAIL_MAX)
    private String detail;

    @Column(name = "PREVIOUS_HASH", length = 64, nullable = false)
    private String previousHash;

    @Column(name = "ENTRY_HASH", length = 64, nullable = false)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long sequence, Instant occurredAt, String actor, AuditAction action, String recordType,
            Long recordId, Long patientId, String detail, String previousHash) {
        this.sequence = sequence;
        this.occurredAtMillis = occurredAt.toEpochMilli();
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.patientId = patientId;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(this);
    }

    /**
     * The fields the hash covers, in a fixed order with a separator that cannot occur in them
     * (U+001F, the ASCII unit separator), so that no two different entries read the same.
     */
    public String canonicalForm() {
        return String.join("\u001f", Long.toString(sequence), Long.toString(occurredAtMillis), actor, action.name(),
                recordType, String.valueOf(recordId), String.valueOf(patientId), String.valueOf(detail), previousHash);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return Instant.ofEpochMilli(occurredAtMillis);
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + getOccurredAt() + " " + actor + " " + action + " " + recordType + " " + recordId;
    }
}
