package atlas.core.episode;

import java.time.LocalDateTime;
import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One attendance of the patient within an episode of care (FHIR R4 Encounter). */
@Entity
@Table(name = "VISIT")
public class Visit {

    public static final int CANCEL_REASON_MAX = 200;
    /** A visit takes at least this and at most {@link #DURATION_MAX} minutes. */
    public static final int DURATION_MIN = 5;
    public static final int DURATION_MAX = 240;
    /** Calling off later than this before the visit is a late cancellation (a common clinic rule). */
    public static final int LATE_CANCELLATION_HOURS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visitIds")
    @SequenceGenerator(name = "visitIds", sequenceName = "VISIT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "EPISODE_ID", nullable = false)
    private long episodeId;

    /** Local clinic time. */
    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "CLINICIAN_ID")
    private Long clinicianId;

    @Enumerated(EnumType.STRING)
    @Column(name = "VISIT_TYPE", length = 30, nullable = false)
    private VisitType type;

    /** How long the therapist is taken, in minutes; defaults by the kind of visit. */
    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private VisitStatus status = VisitStatus.BOOKED;

    /** Why it was called off (cancelled visits only). */
    @Column(name = "CANCEL_REASON", length = CANCEL_REASON_MAX)
    private String cancelReason;

    /** Called off less than {@link #LATE_CANCELLATION_HOURS} hours before it. */
    @Column(name = "LATE_CANCELLATION", nullable = false)
    private boolean lateCancellation;

    protected Visit() {
    }

    public Visit(long patientId, long episodeId, LocalDateTime startsAt, Long clinicianId, VisitType type) {
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.startsAt = startsAt;
        this.clinicianId = clinicianId;
        this.type = type;
        this.durationMinutes = type == null ? 30 : defaultMinutes(type);
    }

    /**
     * The usual length of a kind of visit: an evaluation takes an hour, a re-evaluation or
     * progress report 45 minutes, a treatment or the discharge half an hour.
     */
    public static int defaultMinutes(VisitType type) {
        return switch (type) {
            case INITIAL_EVALUATION -> 60;
            case RE_EVALUATION, PROGRESS_REPORT -> 45;
            case DAILY, DISCHARGE -> 30;
        };
    }

    public List<FieldError> validate() {
        return new FieldRules()
                .required("startsAt", "Date and time", startsAt, "allowed.visitDateTime")
                .required("type", "Visit type",
                        type, "allowed.visitType")
                .range("durationMinutes", "Duration", durationMinutes, DURATION_MIN, DURATION_MAX)
                .optionalText("cancelReason", "Reason", cancelReason, CANCEL_REASON_MAX)
                .errors();
    }

    /** When the visit ends: its start and its duration. */
    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    /** Whether this visit and {@code other} take the same time, even in part (touching is not). */
    public boolean overlaps(Visit other) {
        return startsAt.isBefore(other.endsAt()) && other.startsAt.isBefore(endsAt());
    }

    /** Its note was signed: the session is given. */
    public void complete() {
        status = VisitStatus.COMPLETED;
    }

    /**
     * Calls the visit off at {@code now} for {@code reason}; late when less than
     * {@link #LATE_CANCELLATION_HOURS} hours before it starts.
     */
    public void cancel(String reason, LocalDateTime now) {
        status = VisitStatus.CANCELLED;
        cancelReason = reason;
        lateCancellation = now.plusHours(LATE_CANCELLATION_HOURS).isAfter(startsAt);
    }

    /** Whether a discharge at {@code now} calls this visit off: still booked and not yet begun. */
    public boolean calledOffByDischargeAt(java.time.LocalDateTime now) {
        return status == VisitStatus.BOOKED && !startsAt.isBefore(now);
    }

    /**
     * Calls the visit off because its episode was discharged: the clinic's decision, so never a
     * late cancellation by the patient.
     */
    public void callOffAtDischarge(String reason) {
        status = VisitStatus.CANCELLED;
        cancelReason = reason;
        lateCancellation = false;
    }

    /** Marks arrival or a no-show (the service checks it may change). */
    public void mark(VisitStatus status) {
        this.status = status;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
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

    public long getEpisodeId() {
        return episodeId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public VisitType getType() {
        return type;
    }

    public void setType(VisitType type) {
        this.type = type;
    }
}
