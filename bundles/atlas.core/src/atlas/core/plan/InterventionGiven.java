package atlas.core.plan;

import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An intervention as actually given at a visit, with the dose given and the patient's response. */
@Entity
@Table(name = "INTERVENTION_GIVEN")
public class InterventionGiven {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interventionGivenIds")
    @SequenceGenerator(name = "interventionGivenIds", sequenceName = "INTERVENTION_GIVEN_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "VISIT_ID", nullable = false)
    private long visitId;

    @Column(name = "PLANNED_INTERVENTION_ID")
    private Long plannedInterventionId;

    @Column(name = "INTERVENTION_CODE", length = 60, nullable = false)
    private String interventionCode;

    @Embedded
    private Dosage dosage = new Dosage();

    /** How the patient responded: symptoms, tolerance. */
    @Column(name = "PATIENT_RESPONSE", length = 300)
    private String response;

    protected InterventionGiven() {
    }

    public InterventionGiven(long patientId, long visitId, Long plannedInterventionId, String interventionCode,
            Dosage dosage) {
        this.patientId = patientId;
        this.visitId = visitId;
        this.plannedInterventionId = plannedInterventionId;
        this.interventionCode = interventionCode;
        this.dosage = dosage;
    }

    public List<FieldError> validate() {
        FieldRules rules = new FieldRules().requiredText("interventionCode", "Intervention", interventionCode, 60)
                .optionalText("response", "Patient response", response, 300);
        dosage.check(rules);
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

    public long getVisitId() {
        return visitId;
    }

    public Long getPlannedInterventionId() {
        return plannedInterventionId;
    }

    public void setPlannedInterventionId(Long plannedInterventionId) {
        this.plannedInterventionId = plannedInterventionId;
    }

    public String getInterventionCode() {
        return interventionCode;
    }

    public void setInterventionCode(String interventionCode) {
        this.interventionCode = interventionCode;
    }

    /** Never null: JPA reads a dosage with nothing set as no dosage at all (seen on PostgreSQL). */
    public Dosage getDosage() {
        if (dosage == null) {
            dosage = new Dosage();
        }
        return dosage;
    }

    public void setDosage(Dosage dosage) {
        this.dosage = dosage;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
