package atlas.measures;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of scoring a form: a score, or the problems that keep it from being scored. Never
 * both: a form with an out-of-range answer or too many missing items gets no score at all, so a
 * wrong score cannot be shown or saved by mistake.
 */
public final class ScoreResult {

    private final Score score;
    private final List<ItemProblem> problems;

    private ScoreResult(Score score, List<ItemProblem> problems) {
        this.score = score;
        this.problems = List.copyOf(problems);
    }

    static ScoreResult of(Score score) {
        return new ScoreResult(score, List.of());
    }

    static ScoreResult refused(List<ItemProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        return new ScoreResult(null, problems);
    }

    public Optional<Score> score() {
        return Optional.ofNullable(score);
    }

    public List<ItemProblem> problems() {
        return problems;
    }

    public boolean isScored() {
        return score != null;
    }

    /** The score; an {@link IllegalStateException} listing the problems if there is none. */
    public Score orElseThrow() {
        if (score == null) {
            throw new IllegalStateException(problems.toString());
        }
        return score;
    }

    @Override
    public String toString() {
        return score != null ? score.toString() : problems.toString();
    }
}
