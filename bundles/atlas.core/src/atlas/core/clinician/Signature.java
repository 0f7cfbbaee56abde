package atlas.core.clinician;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who signed a note or a plan and when. Signed records are immutable; the signature is what the
 * reader sees under them.
 */
@Embeddable
public class Signature {

    @Column(name = "SIGNED_BY")
    private Long clinicianId;

    /** Milliseconds since the epoch (UTC). */
    @Column(name = "SIGNED_AT")
    private Long signedAtMillis;

    protected Signature() {
    }

    public Signature(long clinicianId, Instant at) {
        this.clinicianId = clinicianId;
        this.signedAtMillis = at.toEpochMilli();
    }

    public Long clinicianId() {
        return clinicianId;
    }

    public Instant at() {
        return signedAtMillis == null ? null : Instant.ofEpochMilli(signedAtMillis);
    }
}
