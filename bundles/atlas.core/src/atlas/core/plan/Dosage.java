package atlas.core.plan;

import atlas.core.validation.FieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How much of an intervention: the dosage fields of the clinical reference ("Plan of care"). All
 * optional; an intervention uses the ones that apply (a mobilisation has a grade and a segment, deep
 * neck flexor training a stage in mmHg with 10 x 10 s holds, ice 10-20 minutes).
 */
@Embeddable
public class Dosage {

    @Column(name = "SETS")
    private Integer sets;

    @Column(name = "REPS")
    private Integer reps;

    @Column(name = "HOLD_SECONDS")
    private Integer holdSeconds;

    /** Load or stage, e.g. "24 mmHg", "1 kg". */
    @Column(name = "LOAD_OR_STAGE", length = 40)
    private String loadOrStage;

    /** Side or segment, e.g. "C1-C2 right". */
    @Column(name = "SIDE_OR_SEGMENT", length = 40)
    private String sideOrSegment;

    /** Mobilisation grade I to IV (Maitland). */
    @Column(name = "GRADE", length = 4)
    private String grade;

    @Column(name = "MINUTES")
    private Integer minutes;

    /** Home-programme or session frequency per week. */
    @Column(name = "TIMES_PER_WEEK")
    private Integer timesPerWeek;

    public Dosage() {
    }

    public static Dosage exercise(int sets, int reps, int holdSeconds, String loadOrStage, int timesPerWeek) {
        Dosage dosage = new Dosage();
        dosage.sets = sets;
        dosage.reps = reps;
        dosage.holdSeconds = holdSeconds;
        dosage.loadOrStage = loadOrStage;
        dosage.timesPerWeek = timesPerWeek;
        return dosage;
    }

    void check(FieldRules rules) {
        rules.range("dosage.sets", "Sets", sets, 1, 20)
                .range("dosage.reps", "Repetitions", reps, 1, 200)
                .range("dosage.holdSeconds", "Hold (seconds)", holdSeconds, 1, 600)
                .optionalText("dosage.loadOrStage", "Load or stage", loadOrStage, 40)
                .optionalText("dosage.sideOrSegment", "Side or segment", sideOrSegment, 40)
                .range("dosage.minutes", "Minutes", minutes, 1, 240)
                .range("dosage.timesPerWeek", "Times per week", timesPerWeek, 1, 21);
        if (grade != null && !grade.matches("I{1,3}|IV")) {
            rules.add("dosage.grade", "Grade", "dosage.grade", grade);
        }
    }

    public Integer getSets() {
        return sets;
    }

    public Integer getReps() {
        return reps;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public String getLoadOrStage() {
        return loadOrStage;
    }

    public String getSideOrSegment() {
        return sideOrSegment;
    }

    public void setSideOrSegment(String sideOrSegment) {
        this.sideOrSegment = sideOrSegment;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getTimesPerWeek() {
        return timesPerWeek;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public void setReps(Integer reps) {
        this.reps = reps;
    }

    public void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    public void setLoadOrStage(String loadOrStage) {
        this.loadOrStage = loadOrStage;
    }

    public void setTimesPerWeek(Integer timesPerWeek) {
        this.timesPerWeek = timesPerWeek;
    }
}
