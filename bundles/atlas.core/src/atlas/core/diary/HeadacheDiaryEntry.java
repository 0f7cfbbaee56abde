package atlas.core.diary;

import java.time.LocalDateTime;
import java.time.LocalTime;
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
 * One headache episode as the patient recorded it, with the fields of the clinical reference
 * ("Headache diary"): timing, intensity, side, ICHD-3 1.1 features, aura, neck or jaw provocation,
 * acute medication and relief, triggers and disability. Monthly metrics are derived from these.
 */
@Entity
@Table(name = "HEADACHE_DIARY_ENTRY")
public class HeadacheDiaryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headacheDiaryEntryIds")
    @SequenceGenerator(name = "headacheDiaryEntryIds", sequenceName = "HEADACHE_DIARY_ENTRY_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    /** Untreated or until relief; null while unknown. */
    @Column(name = "DURATION_MINUTES")
    private Integer durationMinutes;

    /** 0 no pain to 10 worst imaginable (NPRS). */
    @Column(name = "INTENSITY", nullable = false)
    private Integer intensity;

    @Enumerated(EnumType.STRING)
    @Column(name = "SIDE", length = 10)
    private HeadacheSide side;

    /** Always the same side: supports a cervicogenic origin (ICHD-3 11.2.1). */
    @Column(name = "SIDE_LOCKED", nullable = false)
    private boolean sideLocked;

    @Column(name = "PULSATING", nullable = false)
    private boolean pulsating;

    @Column(name = "PRESSING", nullable = false)
    private boolean pressing;

    @Column(name = "WORSE_WITH_ACTIVITY", nullable = false)
    private boolean worseWithActivity;

    @Column(name = "NAUSEA_VOMITING", nullable = false)
    private boolean nauseaOrVomiting;

    @Column(name = "PHOTOPHOBIA", nullable = false)
    private boolean photophobia;

    @Column(name = "PHONOPHOBIA", nullable = false)
    private boolean phonophobia;

    /** Visual, sensory, speech ...; null without aura. */
    @Column(name = "AURA_TYPE", length = 40)
    private String auraType;

    @Column(name = "AURA_MINUTES")
    private Integer auraMinutes;

    /** Brought on by neck posture or movement. */
    @Column(name = "PROVOKED_BY_NECK", nullable = false)
    private boolean provokedByNeck;

    /** Brought on by jaw use or clenching. */
    @Column(name = "PROVOKED_BY_JAW", nullable = false)
    private boolean provokedByJaw;

    @Column(name = "MEDICATION_NAME", length = 80)
    private String medicationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEDICATION_CLASS", length = 20)
    private MedicationClass medicationClass;

    @Column(name = "MEDICATION_TIME")
    private LocalTime medicationTime;

    @Column(name = "RELIEF_AT_2H")
    private Boolean reliefAtTwoHours;

    /** Comma-separated: stress, sleep, menses, food, weather, posture/screen. */
    @Column(name = "TRIGGERS", length = 200)
    private String triggers;

    /** That day: 0 none, 1 mild, 2 moderate, 3 severe (bed rest). */
    @Column(name = "DISABILITY")
    private Integer disability;

    protected HeadacheDiaryEntry() {
    }

    public HeadacheDiaryEntry(long patientId, LocalDateTime startsAt, Integer durationMinutes, Integer intensity) {
        this.patientId = patientId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.intensity = intensity;
    }

    /** Longest single episode accepted: 7 days (status migrainosus lasts over 72 h). */
    public static final int DURATION_MAX_MINUTES = 7 * 24 * 60;

    public List<FieldError> validate(LocalDateTime now) {
        FieldRules rules = new FieldRules()
                .required("startsAt", "Start", startsAt, "allowed.headacheStart")
                .required("intensity", "Intensity", intensity, "allowed.intensity")
                .range("intensity", "Intensity", intensity, 0, 10)
                .range("durationMinutes", "Duration (minutes)", durationMinutes, 1, DURATION_MAX_MINUTES)
                .optionalText("auraType", "Aura", auraType, 40)
                .range("auraMinutes", "Aura duration (minutes)", auraMinutes, 1, 24 * 60)
                .optionalText("medicationName", "Medication", medicationName, 80)
                .optionalText("triggers", "Triggers", triggers, 200)
                .range("disability", "Disability", disability, 0, 3);
        if (startsAt != null && startsAt.isAfter(now)) {
            rules.add("startsAt", "Start", "diary.future", startsAt);
        }
        return rules.errors();
    }

    /**
     * Gives a entry read from another system's export (made for patient 0) to the patient it came
     * with, once that patient is registered; a entry of a patient stays theirs.
     */
    public void assignTo(long patient) {
        if (patientId != 0 || id != null) {
            throw new IllegalStateException("belongs to patient " + patientId + " already");
        }
        patientId = patient;
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

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getIntensity() {
        return intensity;
    }

    public void setIntensity(Integer intensity) {
        this.intensity = intensity;
    }

    public HeadacheSide getSide() {
        return side;
    }

    public void setSide(HeadacheSide side) {
        this.side = side;
    }

    public boolean isSideLocked() {
        return sideLocked;
    }

    public void setSideLocked(boolean sideLocked) {
        this.sideLocked = sideLocked;
    }

    public boolean isPulsating() {
        return pulsating;
    }

    public void setPulsating(boolean pulsating) {
        this.pulsating = pulsating;
    }

    public boolean isPressing() {
        return pressing;
    }

    public void setPressing(boolean pressing) {
        this.pressing = pressing;
    }

    public boolean isWorseWithActivity() {
        return worseWithActivity;
    }

    public void setWorseWithActivity(boolean worseWithActivity) {
        this.worseWithActivity = worseWithActivity;
    }

    public boolean isNauseaOrVomiting() {
        return nauseaOrVomiting;
    }

    public void setNauseaOrVomiting(boolean nauseaOrVomiting) {
        this.nauseaOrVomiting = nauseaOrVomiting;
    }

    public boolean isPhotophobia() {
        return photophobia;
    }

    public void setPhotophobia(boolean photophobia) {
        this.photophobia = photophobia;
    }

    public boolean isPhonophobia() {
        return phonophobia;
    }

    public void setPhonophobia(boolean phonophobia) {
        this.phonophobia = phonophobia;
    }

    public String getAuraType() {
        return auraType;
    }

    public void setAuraType(String auraType) {
        this.auraType = auraType;
    }

    public Integer getAuraMinutes() {
        return auraMinutes;
    }

    public void setAuraMinutes(Integer auraMinutes) {
        this.auraMinutes = auraMinutes;
    }

    public boolean isProvokedByNeck() {
        return provokedByNeck;
    }

    public void setProvokedByNeck(boolean provokedByNeck) {
        this.provokedByNeck = provokedByNeck;
    }

    public boolean isProvokedByJaw() {
        return provokedByJaw;
    }

    public void setProvokedByJaw(boolean provokedByJaw) {
        this.provokedByJaw = provokedByJaw;
    }

    public String getMedicationName() {
        return medicationName;
    }

    public void setMedicationName(String medicationName) {
        this.medicationName = medicationName;
    }

    public MedicationClass getMedicationClass() {
        return medicationClass;
    }

    public void setMedicationClass(MedicationClass medicationClass) {
        this.medicationClass = medicationClass;
    }

    public LocalTime getMedicationTime() {
        return medicationTime;
    }

    public void setMedicationTime(LocalTime medicationTime) {
        this.medicationTime = medicationTime;
    }

    public Boolean getReliefAtTwoHours() {
        return reliefAtTwoHours;
    }

    public void setReliefAtTwoHours(Boolean reliefAtTwoHours) {
        this.reliefAtTwoHours = reliefAtTwoHours;
    }

    public String getTriggers() {
        return triggers;
    }

    public void setTriggers(String triggers) {
        this.triggers = triggers;
    }

    public Integer getDisability() {
        return disability;
    }

    public void setDisability(Integer disability) {
        this.disability = disability;
    }
}
