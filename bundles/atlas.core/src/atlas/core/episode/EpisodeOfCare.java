package atlas.core.episode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One course of physical therapy for one referral: from the referral to discharge, with the
 * diagnoses being treated (FHIR R4 EpisodeOfCare). Visits, notes and the plan of care belong to it.
 */
@Entity
@Table(name = "EPISODE_OF_CARE")
public class EpisodeOfCare {

    public static final int REFERRAL_DIAGNOSIS_MAX = 200;
    /** More than any prescription for physical therapy sets; a typing slip beyond it is refused. */
    public static final int SESSIONS_AUTHORISED_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "episodeOfCareIds")
    @SequenceGenerator(name = "episodeOfCareIds", sequenceName = "EPISODE_OF_CARE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "REFERRAL_DATE", nullable = false)
    private LocalDate referralDate;

    /** "GP", "neurology", "dentistry", "self-referral". */
    @Column(name = "REFERRAL_SOURCE", length = 120)
    private String referralSource;

    /** The referring clinician's diagnosis, as written on the referral. */
    @Column(name = "REFERRAL_DIAGNOSIS", length = REFERRAL_DIAGNOSIS_MAX)
    private String referralDiagnosis;

    /** The sessions the referral (prescription) pays for; null where it sets no number. */
    @Column(name = "SESSIONS_AUTHORISED")
    private Integer sessionsAuthorised;

    /** The last day the referral may be used; null where it does not expire. */
    @Column(name = "REFERRAL_VALID_UNTIL")
    private LocalDate referralValidUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private EpisodeStatus status = EpisodeStatus.ACTIVE;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    /** Why the episode ended; set by a discharge, cleared when it is reopened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "DISCHARGE_REASON", length = 20)
    private DischargeReason dischargeReason;

    /** The therapist's words on why and how the episode ended. */
    @Column(name = "DISCHARGE_STATEMENT", length = Discharge.STATEMENT_MAX)
    private String dischargeStatement;

    /** Diagnoses in order of importance; the first is the treating diagnosis. */
    @ElementCollection
    @CollectionTable(name = "EPISODE_DIAGNOSIS", joinColumns = @JoinColumn(name = "EPISODE_ID"))
    @OrderColumn(name = "POSITION")
    private List<Diagnosis> diagnoses = new ArrayList<>();

    protected EpisodeOfCare() {
    }

    public EpisodeOfCare(long patientId, LocalDate referralDate, String referralSource, LocalDate startDate) {
        this.patientId = patientId;
        this.referralDate = referralDate;
        this.referralSource = referralSource;
        this.startDate = startDate;
    }

    /** Errors that keep the episode from being saved; diagnoses are checked one by one. */
    public List<FieldError> validate(LocalDate today) {
        FieldRules rules = new FieldRules()
                .dateBetween("referralDate", "Referral date", referralDate, LocalDate.of(1990, 1, 1), today)
                .optionalText("referralSource", "Referral source", referralSource, 120)
                .optionalText("referralDiagnosis", "Referral diagnosis", referralDiagnosis, REFERRAL_DIAGNOSIS_MAX)
                .range("sessionsAuthorised", "Sessions authorised", sessionsAuthorised, 1, SESSIONS_AUTHORISED_MAX)
                .dateBetween("startDate", "Start date", startDate, LocalDate.of(1990, 1, 1), today.plusYears(1))
                .required("status", "Status", status, "allowed.episodeStatus");
        if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
            rules.add("endDate", "End date", "episode.endBeforeStart", endDate, startDate);
        }
        if (referralValidUntil != null && referralDate != null) {
            rules.dateBetween("referralValidUntil", "Valid until", referralValidUntil, referralDate,
                    referralDate.plusYears(2));
        }
        for (int i = 0; i < diagnoses.size(); i++) {
            diagnoses.get(i).check(rules, i + 1);
        }
        return rules.errors();
    }

    public boolean isActive() {
        return status == EpisodeStatus.ACTIVE;
    }

    /** Discharged or cancelled: no new visits and no edits until it is reopened. */
    public boolean isClosed() {
        return status == EpisodeStatus.DISCHARGED || status == EpisodeStatus.CANCELLED;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }

    public String getDischargeStatement() {
        return dischargeStatement;
    }

    /** Ends the episode as {@code discharge} says (checked by the episode service first). */
    public void discharge(Discharge discharge) {
        status = EpisodeStatus.DISCHARGED;
        endDate = discharge.date();
        dischargeReason = discharge.reason();
        dischargeStatement = discharge.statement().isEmpty() ? null : discharge.statement();
    }

    /** Opens a closed episode again: active, without its end. */
    public void reopen() {
        status = EpisodeStatus.ACTIVE;
        endDate = null;
        dischargeReason = null;
        dischargeStatement = null;
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

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(String referralSource) {
        this.referralSource = referralSource;
    }

    public String getReferralDiagnosis() {
        return referralDiagnosis;
    }

    public void setReferralDiagnosis(String referralDiagnosis) {
        this.referralDiagnosis = referralDiagnosis;
    }

    public Integer getSessionsAuthorised() {
        return sessionsAuthorised;
    }

    public void setSessionsAuthorised(Integer sessionsAuthorised) {
        this.sessionsAuthorised = sessionsAuthorised;
    }

    public LocalDate getReferralValidUntil() {
        return referralValidUntil;
    }

    public void setReferralValidUntil(LocalDate referralValidUntil) {
        this.referralValidUntil = referralValidUntil;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public void setStatus(EpisodeStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<Diagnosis> getDiagnoses() {
        return diagnoses;
    }

    public void setDiagnoses(List<Diagnosis> diagnoses) {
        this.diagnoses = diagnoses;
    }
}
