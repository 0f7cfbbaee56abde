package atlas.outcomes.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import atlas.core.episode.Visit;
import atlas.core.form.Observation;
import atlas.core.plan.Goal;
import atlas.measures.Change;
import atlas.measures.Direction;
import atlas.measures.HeadacheDiaryMetrics;
import atlas.measures.Measure;
import atlas.measures.Measures;
import atlas.measures.SeverityBands;
import atlas.outcomes.GoalProgress;
import atlas.outcomes.PatientOutcomes;

/** Builds what the outcome charts show from a patient's results; no drawing, so it is tested without a display. */
public final class ChartData {

    /** Flexion-rotation test and rotation to each side, and mouth opening (neck and jaw examination forms). */
    public static final List<String[]> SIDE_BY_SIDE = List.of(
            new String[] { "frt", "frt.left", "frt.right" },
            new String[] { "rotation", "rom.rotationLeft", "rom.rotationRight" },
            new String[] { "mouthOpening", "mouthOpening.painFree", "mouthOpening.unassisted", "mouthOpening.assisted" });

    private ChartData() {
    }

    /**
     * The measures of {@link Measures#charted()} the patient has results of, in that order: one
     * chart each.
     */
    public static List<Measure> chartedMeasures(PatientOutcomes outcomes) {
        return Measures.charted().stream().filter(measure -> !outcomes.observations(measure.code()).isEmpty()).toList();
    }

    /** A measure's chart with the baseline taken from the first result. */
    public static ScoreChartData score(Measure measure, PatientOutcomes outcomes, List<Goal> goals, List<Visit> visits,
            LocalDate today) {
        return score(measure, outcomes, goals, visits, null, today);
    }

    /**
     * A measure's chart. The baseline is the one a goal on the measure gives, else the first result
     * from {@code baselineFrom} (the episode's start; null for the first result of all); the
     * threshold lies one important change better than the baseline.
     */
    public static ScoreChartData score(Measure measure, PatientOutcomes outcomes, List<Goal> goals, List<Visit> visits,
            LocalDate baselineFrom, LocalDate today) {
        List<ScoreChartData.Point> points = outcomes.observations(measure.code()).stream()
                .map(observation -> new ScoreChartData.Point(observation.getObservedAt(), observation.getValue()))
                .toList();
        List<Goal> own = goals.stream().filter(goal -> goal.getMeasureCode().equals(measure.code())).toList();
        Double first = points.stream().filter(point -> baselineFrom == null
                || !point.at().toLocalDate().isBefore(baselineFrom)).map(ScoreChartData.Point::value).findFirst()
                .orElse(null);
        Double baseline = own.stream().map(Goal::getBaseline).filter(value -> value != null).findFirst().orElse(first);
        Double threshold = baseline == null ? null : measure.importantChangeFrom(baseline)
                .map(change -> measure.direction() == Direction.LOWER_IS_BETTER ? baseline - change : baseline + change)
                .orElse(null);
        List<ScoreChartData.Target> targets = new ArrayList<>();
        for (Goal goal : own) {
            if (goal.getTarget() != null && goal.getDueDate() != null) {
                targets.add(new ScoreChartData.Target(goal.getTarget(), goal.getDueDate(),
                        GoalProgress.status(goal, outcomes, today).map(status -> status.label()).orElse("")));
            }
        }
        Optional<Change> change = baseline == null || points.size() < 2 ? Optional.empty()
                : measure.change(baseline, points.get(points.size() - 1).value());
        return new ScoreChartData(measure, Measures.title(measure.code()), points,
                visits.stream().map(visit -> visit.getStartsAt().toLocalDate()).distinct().toList(),
                SeverityBands.of(measure.code()), baseline, threshold, targets, change,
                lines(SIDE_BY_SIDE.stream().filter(group -> group[0].equals(measure.code())).findFirst()
                        .orElse(new String[] { measure.code() }), outcomes, code -> ChartWording.of("title." + code)));
    }

    /** The diary's months with the first as the baseline month. */
    public static DiaryChartData diary(List<HeadacheDiaryMetrics.Month> months) {
        if (months.isEmpty()) {
            return new DiaryChartData(months, null, null);
        }
        HeadacheDiaryMetrics.Month baseline = months.get(0);
        return new DiaryChartData(months, baseline, baseline.migraineDaysPer28() / 2);
    }

    /** The examination values compared side by side that the patient has results of. */
    public static List<SideChartData> sideBySide(PatientOutcomes outcomes, java.util.function.Function<String, String> title) {
        List<SideChartData> charts = new ArrayList<>();
        for (String[] group : SIDE_BY_SIDE) {
            boolean ownChart = !outcomes.observations(group[0]).isEmpty()
                    && Measures.charted().stream().anyMatch(measure -> measure.code().equals(group[0]));
            if (ownChart) {
                continue; // drawn in the measure's own chart (score(...).sides()): one chart per measure
            }
            List<SideChartData.Line> lines = lines(group, outcomes, title);
            if (!lines.isEmpty()) {
                String unit = java.util.Arrays.stream(group, 1, group.length)
                        .flatMap(code -> outcomes.observations(code).stream()).findFirst().map(Observation::getUnit)
                        .orElse("");
                charts.add(new SideChartData(title.apply(group[0]), unit, lines));
            }
        }
        return charts;
    }

    /** The lines of a group's members (all but its head) the patient has results of. */
    private static List<SideChartData.Line> lines(String[] group, PatientOutcomes outcomes,
            java.util.function.Function<String, String> title) {
        List<SideChartData.Line> lines = new ArrayList<>();
        for (int i = 1; i < group.length; i++) {
            List<Observation> results = outcomes.observations(group[i]);
            if (!results.isEmpty()) {
                lines.add(new SideChartData.Line(title.apply(group[i]), results.stream()
                        .map(observation -> new ScoreChartData.Point(observation.getObservedAt(),
                                observation.getValue())).toList()));
            }
        }
        return lines;
    }

}
