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

    protected Visit() {
    }

    public Visit(long patientId, long episodeId, LocalDateTime startsAt, Long clinicianId, VisitType type) {
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.startsAt = startsAt;
        this.clinicianId = clinicianId;
        this.type = type;
    }

    public List<FieldError> validate() {
        return new FieldRules()
                .required("startsAt", "Date and time", startsAt, "allowed.visitDateTime")
                .required("type", "Visit type",
                        type, "allowed.visitType")
                .errors();
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
