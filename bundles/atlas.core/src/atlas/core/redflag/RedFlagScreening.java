package atlas.core.redflag;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A red-flag screening at intake: the SNNOOP10 headache red flags (Do 2019, Neurology 92:134) and
 * the cervical arterial dysfunction screen before neck manual therapy. A positive flag stays open
 * until a clinician acknowledges it with a note.
 */
@Entity
@Table(name = "RED_FLAG_SCREENING")
public class RedFlagScreening {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "redFlagScreeningIds")
    @SequenceGenerator(name = "redFlagScreeningIds", sequenceName = "RED_FLAG_SCREENING_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "SCREENED_AT", nullable = false)
    private LocalDateTime screenedAt;

    @Column(name = "SCREENED_BY")
    private Long screenedBy;

    /** Comma-separated flag codes answered "yes"; empty when none. */
    @Column(name = "POSITIVE_FLAGS", length = 500)
    private String positiveFlags;

    @Column(name = "NOTES", length = 1000)
    private String notes;

    @Column(name = "ACKNOWLEDGED_BY")
    private Long acknowledgedBy;

    @Column(name = "ACKNOWLEDGED_AT")
    private Long acknowledgedAtMillis;

    /** What the clinician did about the flag: referral, clearance, ... */
    @Column(name = "ACKNOWLEDGEMENT", length = 1000)
    private String acknowledgement;

    protected RedFlagScreening() {
    }

    public RedFlagScreening(long patientId, LocalDateTime screenedAt, Long screenedBy, List<String> positiveFlags) {
        this.patientId = patientId;
        this.screenedAt = screenedAt;
        this.screenedBy = screenedBy;
        this.positiveFlags = String.join(",", positiveFlags);
    }

    public List<FieldError> validate() {
        return new FieldRules()
                .required("screenedAt", "Screened at", screenedAt, "allowed.screenedAt")
                .optionalText("positiveFlags", "Positive flags", positiveFlags, 500)
                .optionalText("notes", "Notes", notes, 1000)
                .errors();
    }

    public List<String> flags() {
        return positiveFlags == null || positiveFlags.isBlank() ? List.of()
                : Arrays.stream(positiveFlags.split(",")).map(String::strip).collect(Collectors.toList());
    }

    /** Positive and not yet acknowledged: shown on the patient banner, blocks neck manual therapy plans. */
    public boolean isOpen() {
        return !flags().isEmpty() && acknowledgedAtMillis == null;
    }

    public void acknowledge(long clinicianId, Instant at, String note) {
        acknowledgedBy = clinicianId;
        acknowledgedAtMillis = at.toEpochMilli();
        acknowledgement = note;
    }

    /**
     * Gives a screening read from another system's export (made for patient 0) to the patient it came
     * with, once that patient is registered; a screening of a patient stays theirs.
     */
    public void assignTo(long patient) {
        if (patientId != 0 || id != null) {
            throw new IllegalStateException("belongs to patient " + patientId + " already");
        }
        patientId = patient;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPatientId() {
        return patientId;
    }

    public LocalDateTime getScreenedAt() {
        return screenedAt;
    }

    public void setScreenedAt(LocalDateTime screenedAt) {
        this.screenedAt = screenedAt;
    }

    public Long getScreenedBy() {
        return screenedBy;
    }

    public void setScreenedBy(Long screenedBy) {
        this.screenedBy = screenedBy;
    }

    public String getPositiveFlags() {
        return positiveFlags;
    }

    public void setPositiveFlags(String positiveFlags) {
        this.positiveFlags = positiveFlags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Long getAcknowledgedAtMillis() {
        return acknowledgedAtMillis;
    }

    /** When the flags were acknowledged, on this workstation's clock and zone, to the second; null while open. */
    public java.time.LocalDateTime acknowledgedAt() {
        return acknowledgedAtMillis == null ? null
                : java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(acknowledgedAtMillis),
                        java.time.ZoneId.systemDefault()).withNano(0);
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }
}
