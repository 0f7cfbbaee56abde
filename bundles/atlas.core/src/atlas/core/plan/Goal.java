package atlas.core.plan;

import java.time.LocalDate;
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

/**
 * A SMART goal of a plan, tied to one measure with its baseline, a target and a due date, e.g.
 * NDI -5.5 points in 6 weeks, HIT-6 -6, FRT over 32 degrees (clinical reference, "Plan of care").
 */
@Entity
@Table(name = "PLAN_GOAL")
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goalIds")
    @SequenceGenerator(name = "goalIds", sequenceName = "PLAN_GOAL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TERM", length = 10, nullable = false)
    private GoalTerm term;

    @Column(name = "MEASURE_CODE", length = 40, nullable = false)
    private String measureCode;

    @Column(name = "BASELINE")
    private Double baseline;

    @Column(name = "TARGET", nullable = false)
    private Double target;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "DESCRIPTION", length = 300)
    private String description;

    protected Goal() {
    }

    public Goal(long planId, GoalTerm term, String measureCode, Double baseline, Double target, LocalDate dueDate) {
        this.planId = planId;
        this.term = term;
        this.measureCode = measureCode;
        this.baseline = baseline;
        this.target = target;
        this.dueDate = dueDate;
    }

    public List<FieldError> validate() {
        return new FieldRules()
                .required("term", "Term", term, "allowed.goalTerm")
                .requiredText("measureCode", "Measure", measureCode, 40)
                .required("target", "Target", target, "allowed.goalTarget")
                .required("dueDate", "Due date", dueDate, "allowed.goalDueDate")
                .optionalText("description", "Description", description, 300)
                .errors();
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

    public GoalTerm getTerm() {
        return term;
    }

    public void setTerm(GoalTerm term) {
        this.term = term;
    }

    public String getMeasureCode() {
        return measureCode;
    }

    public void setMeasureCode(String measureCode) {
        this.measureCode = measureCode;
    }

    public Double getBaseline() {
        return baseline;
    }

    public void setBaseline(Double baseline) {
        this.baseline = baseline;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
