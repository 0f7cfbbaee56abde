package atlas.store.internal.audit;

import atlas.core.audit.AuditEvent;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that holds the newest entry of the audit chain. Appending locks it (SELECT ... FOR
 * UPDATE), so entries written at the same moment by several workstations still form one chain,
 * and it lets verification notice when the newest entries were deleted.
 */
@Entity
@Table(name = "AUDIT_CHAIN")
@Cacheable(false)
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id;

    @Column(name = "LAST_SEQUENCE", nullable = false)
    private long lastSequence;

    @Column(name = "LAST_HASH", length = 64, nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advanceTo(AuditEvent event) {
        lastSequence = event.getSequence();
        lastHash = event.getHash();
    }
}
