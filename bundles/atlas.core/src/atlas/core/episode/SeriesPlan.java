package atlas.core.episode;

import java.time.LocalDate;

/**
 * What a series is booked from: the frequency and length of the episode's signed plan of care
 * and when it is re-evaluated - numbers the front desk may read, nothing clinical.
 */
public record SeriesPlan(Integer sessionsPerWeek, Integer weeks, Integer plannedVisits, LocalDate reEvaluationDate) {
}
