package atlas.outcomes;

import java.util.List;
import java.util.Optional;

import atlas.api.form.FormResult;
import atlas.core.form.Observation;
import atlas.measures.Change;
import atlas.measures.Direction;
import atlas.measures.Measure;

/**
 * A result against the patient's baseline - the first saved result of its measure - judged by the
 * result's own important change (MCID or MDC) and direction: the one place a change since the
 * baseline is worked out, whether a form shows it while it is filled or a report prints it.
 *
 * @param baseline   the baseline value
 * @param difference the result minus the baseline
 * @param change     the verdict, empty where the measure has no important change
 */
public record BaselineChange(double baseline, double difference, Optional<Change> change) {

    /**
     * @param series the patient's saved results of the result's measure, oldest first (the
     *               service's series); empty means there is no baseline yet
     */
    public static Optional<BaselineChange> of(List<Observation> series, FormResult result) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        double baseline = series.get(0).getValue();
        Measure measure = new Measure(result.measureCode(), result.unit(), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, result.lowerIsBetter() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                result.importantChange(), "");
        return Optional.of(new BaselineChange(baseline, result.value() - baseline,
                measure.change(baseline, result.value())));
    }
}
