package atlas.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import atlas.core.clinician.Signature;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The plan of care of an episode: frequency and duration, goals and planned interventions. A
 * signed plan is immutable; a change makes a new revision that supersedes it, and the history is
 * kept (clinical reference, "Plan of care"; typical course 8-12 sessions over 6 weeks, Jull 2002).
 */
@Entity
@Table(name = "PLAN_OF_CARE")
public class PlanOfCare {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planOfCareIds")
    @SequenceGenerator(name = "planOfCareIds", sequenceName = "PLAN_OF_CARE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "EPISODE_ID", nullable = false)
    private long episodeId;

    /** 1 for the first plan, then 2, 3 ... for each revision. */
    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "PREVIOUS_REVISION_ID")
    private Long previousRevisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "SESSIONS_PER_WEEK")
    private Integer sessionsPerWeek;

    @Column(name = "WEEKS")
    private Integer weeks;

    @Column(name = "PLANNED_VISITS")
    private Integer plannedVisits;

    @Column(name = "RE_EVALUATION_DATE")
    private LocalDate reEvaluationDate;

    /** Null until signed. */
    @Embedded
    private Signature signature;

    protected PlanOfCare() {
    }

    public PlanOfCare(long patientId, long episodeId, int revision, Long previousRevisionId) {
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.revision = revision;
        this.previousRevisionId = previousRevisionId;
    }

    public List<FieldError> validate() {
        return new FieldRules()
                .range("sessionsPerWeek", "Sessions per week", sessionsPerWeek, 1, 7)
                .range("weeks", "Weeks", weeks, 1, 104)
                .range("plannedVisits", "Planned visits", plannedVisits, 1, 200)
                .errors();
    }

    public void markSigned(long clinicianId, Instant at) {
        status = PlanStatus.SIGNED;
        signature = new Signature(clinicianId, at);
    }

    public void markSuperseded() {
        status = PlanStatus.SUPERSEDED;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
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

    public int getRevision() {
        return revision;
    }

    public Long getPreviousRevisionId() {
        return previousRevisionId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public Integer getPlannedVisits() {
        return plannedVisits;
    }

    public void setPlannedVisits(Integer plannedVisits) {
        this.plannedVisits = plannedVisits;
    }

    public LocalDate getReEvaluationDate() {
        return reEvaluationDate;
    }

    public void setReEvaluationDate(LocalDate reEvaluationDate) {
        this.reEvaluationDate = reEvaluationDate;
    }

    public Long getSignedBy() {
        return signature == null ? null : signature.clinicianId();
    }

    public Instant signedAt() {
        return signature == null ? null : signature.at();
    }
}
