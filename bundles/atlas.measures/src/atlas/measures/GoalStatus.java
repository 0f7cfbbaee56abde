package atlas.measures;

/** Where a plan-of-care goal stands, computed from the measure's observations. */
public enum GoalStatus {
    /** The latest result reached the target (on or before the due date). */
    MET,
    /** Not reached yet, the due date is ahead, and the latest result is better than the baseline. */
    PROGRESSING,
    /** Not reached yet and no better than the baseline (or not measured again), the due date ahead. */
    NOT_DUE_YET,
    /** Not reached when measured at or after the due date. */
    NOT_MET,
    /** The due date has passed and the measure was not taken again since: re-measure. */
    OVERDUE;

    public String label() {
        return MeasureWording.of("goal." + name());
    }
}
