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

/** An intervention of the plan with its dosage, e.g. deep neck flexor training at 24 mmHg, 10 x 10 s. */
@Entity
@Table(name = "PLANNED_INTERVENTION")
public class PlannedIntervention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plannedInterventionIds")
    @SequenceGenerator(name = "plannedInterventionIds", sequenceName = "PLANNED_INTERVENTION_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    /** Catalogue code, e.g. "exercise.dnf", "manual.mobilisation". */
    @Column(name = "INTERVENTION_CODE", length = 60, nullable = false)
    private String interventionCode;

    @Embedded
    private Dosage dosage = new Dosage();

    /** Printed on the home programme handout. */
    @Column(name = "HOME_PROGRAMME", nullable = false)
    private boolean homeProgramme;

    protected PlannedIntervention() {
    }

    public PlannedIntervention(long planId, String interventionCode, Dosage dosage, boolean homeProgramme) {
        this.planId = planId;
        this.interventionCode = interventionCode;
        this.dosage = dosage;
        this.homeProgramme = homeProgramme;
    }

    public List<FieldError> validate() {
        FieldRules rules = new FieldRules().requiredText("interventionCode", "Intervention", interventionCode, 60);
        dosage.check(rules);
        return rules.errors();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPlanId() {
        return planId;
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

    public boolean isHomeProgramme() {
        return homeProgramme;
    }

    public void setHomeProgramme(boolean homeProgramme) {
        this.homeProgramme = homeProgramme;
    }
}
