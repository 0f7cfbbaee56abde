package atlas.core.note;

import java.time.Instant;
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
 * The SOAP note of a visit. A draft may be edited and saved any number of times; once signed it
 * is immutable, and corrections are {@link NoteAddendum addenda} with their own author and time.
 */
@Entity
@Table(name = "CLINICAL_NOTE")
public class ClinicalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinicalNoteIds")
    @SequenceGenerator(name = "clinicalNoteIds", sequenceName = "CLINICAL_NOTE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "VISIT_ID", nullable = false)
    private long visitId;

    @Column(name = "AUTHOR_ID")
    private Long authorId;

    /** S: what the patient reports. */
    @Column(name = "SUBJECTIVE", length = SECTION_MAX)
    private String subjective;

    /** O: findings and measures. */
    @Column(name = "OBJECTIVE", length = SECTION_MAX)
    private String objective;

    /** A: the clinical reasoning. */
    @Column(name = "ASSESSMENT", length = SECTION_MAX)
    private String assessment;

    /** P: what happens next. */
    @Column(name = "PLAN", length = SECTION_MAX)
    private String plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private NoteStatus status = NoteStatus.DRAFT;

    /** Null until signed. */
    @Embedded
    private Signature signature;

    protected ClinicalNote() {
    }

    public ClinicalNote(long patientId, long visitId, Long authorId) {
        this.patientId = patientId;
        this.visitId = visitId;
        this.authorId = authorId;
    }

    public static final int SECTION_MAX = 8000;

    public List<FieldError> validate() {
        return new FieldRules()
                .optionalText("subjective", "Subjective", subjective, SECTION_MAX)
                .optionalText("objective", "Objective", objective, SECTION_MAX)
                .optionalText("assessment", "Assessment", assessment, SECTION_MAX)
                .optionalText("plan", "Plan", plan, SECTION_MAX)
                .errors();
    }

    /** Freezes the note; called by the note service inside the signing transaction. */
    public void markSigned(long clinicianId, Instant at) {
        status = NoteStatus.SIGNED;
        signature = new Signature(clinicianId, at);
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
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

    public long getVisitId() {
        return visitId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Long authorId) {
        this.authorId = authorId;
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        this.subjective = subjective;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public Long getSignedBy() {
        return signature == null ? null : signature.clinicianId();
    }

    public Instant signedAt() {
        return signature == null ? null : signature.at();
    }
}
