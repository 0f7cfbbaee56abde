package atlas.core.plan;

/** Short-term goals are reviewed at the progress report, long-term goals at discharge. */
public enum GoalTerm {
    SHORT, LONG
}
