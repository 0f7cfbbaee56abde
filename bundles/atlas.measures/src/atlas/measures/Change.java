package atlas.measures;

/**
 * A score's change against the baseline.
 *
 * @param difference latest minus baseline, in the measure's unit
 * @param threshold  the important change the verdict was judged against
 */
public record Change(double baseline, double latest, double difference, Verdict verdict, double threshold) {
}
