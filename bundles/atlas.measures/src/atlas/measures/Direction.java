package atlas.measures;

/** Which way a measure's score gets better. */
public enum Direction {
    /** Pain, disability, impact: a fall is an improvement. */
    LOWER_IS_BETTER,
    /** Function, range of motion, endurance: a rise is an improvement. */
    HIGHER_IS_BETTER
}
