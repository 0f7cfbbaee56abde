package atlas.core.form;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A filled assessment form, stored generically so that a form a clinic contributes needs no
 * table of its own: the form's id and version, each answer by item id, and the computed results
 * (FHIR R4 QuestionnaireResponse). Scalar results that charts read are also written as
 * {@link Observation observations}.
 */
@Entity
@Table(name = "FORM_RESPONSE")
public class FormResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "formResponseIds")
    @SequenceGenerator(name = "formResponseIds", sequenceName = "FORM_RESPONSE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "VISIT_ID")
    private Long visitId;

    /** "atlas.ndi", "clinic.example.sleep". */
    @Column(name = "FORM_ID", length = 60, nullable = false)
    private String formId;

    @Column(name = "FORM_VERSION", length = 20, nullable = false)
    private String formVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private FormStatus status = FormStatus.DRAFT;

    @Column(name = "COMPLETED_AT", nullable = false)
    private LocalDateTime completedAt;

    /** Answer text by item id, as entered. */
    @ElementCollection
    @CollectionTable(name = "FORM_ANSWER", joinColumns = @JoinColumn(name = "RESPONSE_ID"))
    @MapKeyColumn(name = "ITEM_ID", length = 60)
    @Column(name = "ANSWER", length = 500)
    private Map<String, String> answers = new LinkedHashMap<>();

    /** Computed results by key: score, band, verdict. */
    @ElementCollection
    @CollectionTable(name = "FORM_RESULT", joinColumns = @JoinColumn(name = "RESPONSE_ID"))
    @MapKeyColumn(name = "RESULT_KEY", length = 60)
    @Column(name = "RESULT_VALUE", length = 200)
    private Map<String, String> results = new LinkedHashMap<>();

    protected FormResponse() {
    }

    public FormResponse(long patientId, Long visitId, String formId, String formVersion, LocalDateTime completedAt) {
        this.patientId = patientId;
        this.visitId = visitId;
        this.formId = formId;
        this.formVersion = formVersion;
        this.completedAt = completedAt;
    }

    public List<FieldError> validate() {
        FieldRules rules = new FieldRules()
                .requiredText("formId", "Form", formId, 60)
                .requiredText("formVersion", "Form version", formVersion, 20)
                .required("completedAt", "Completed at", completedAt, "allowed.completedAt");
        answers.forEach((item, answer) -> rules.optionalText("answers." + item, "Answer to " + item, answer, 500));
        results.forEach((key, value) -> rules.optionalText("results." + key, "Result " + key, value, 200));
        return rules.errors();
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

    public Long getVisitId() {
        return visitId;
    }

    public void setVisitId(Long visitId) {
        this.visitId = visitId;
    }

    public String getFormId() {
        return formId;
    }

    public String getFormVersion() {
        return formVersion;
    }

    public FormStatus getStatus() {
        return status;
    }

    public void setStatus(FormStatus status) {
        this.status = status;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(LocalDateTime completedAt) {
        this.completedAt = completedAt;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getResults() {
        return results;
    }
}
