package atlas.core.store;

/**
 * The clinical database cannot be used. The message says what went wrong and what to do; the
 * cause, when there is one, is for the log.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;
    private final String location;

    public StoreException(StoreProblem problem, String location, Throwable cause) {
        super(problem.describe(location) + " " + problem.advice(), cause);
        this.problem = problem;
        this.location = location;
    }

    public StoreException(StoreProblem problem, String location) {
        this(problem, location, null);
    }

    public StoreProblem problem() {
        return problem;
    }

    public String location() {
        return location;
    }

    /** The first sentence: what went wrong. */
    public String describe() {
        return problem.describe(location);
    }
}
