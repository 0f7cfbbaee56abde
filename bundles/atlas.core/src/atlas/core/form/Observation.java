package atlas.core.form;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One scalar result of a patient at a time: a score, an examination value or a diary metric,
 * with the response it was derived from (FHIR R4 Observation). Indexed by patient, measure and
 * time, so charts and searches read series without opening the forms.
 */
@Entity
@Table(name = "OBSERVATION")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observationIds")
    @SequenceGenerator(name = "observationIds", sequenceName = "OBSERVATION_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "VISIT_ID")
    private Long visitId;

    @Column(name = "RESPONSE_ID")
    private Long responseId;

    /** The measure code of the form result, e.g. "ndi", "ndi.percent", "hit6", "frt.left". */
    @Column(name = "MEASURE_CODE", length = 40, nullable = false)
    private String measureCode;

    @Column(name = "OBS_VALUE", nullable = false)
    private double value;

    @Column(name = "UNIT", length = 20)
    private String unit;

    @Column(name = "OBSERVED_AT", nullable = false)
    private LocalDateTime observedAt;

    protected Observation() {
    }

    public Observation(long patientId, Long visitId, Long responseId, String measureCode, double value, String unit,
            LocalDateTime observedAt) {
        this.patientId = patientId;
        this.visitId = visitId;
        this.responseId = responseId;
        this.measureCode = measureCode;
        this.value = value;
        this.unit = unit;
        this.observedAt = observedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getResponseId() {
        return responseId;
    }

    public String getMeasureCode() {
        return measureCode;
    }

    public double getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDateTime getObservedAt() {
        return observedAt;
    }
}
