package atlas.reports;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import atlas.core.dates.ClinicDates;
import atlas.api.chart.OutcomeChart;
import atlas.api.measure.PatientResults;
import atlas.api.report.ReportSection;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.form.Observation;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.InterventionGiven;
import atlas.core.plan.InterventionWording;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlannedIntervention;
import atlas.measures.Measure;
import atlas.measures.Measures;
import atlas.outcomes.GoalProgress;
import atlas.outcomes.PatientOutcomes;
import atlas.outcomes.chart.ChartData;
import atlas.outcomes.chart.ChartWording;
import atlas.outcomes.chart.ClinicCharts;
import atlas.outcomes.chart.DiaryChartData;
import atlas.outcomes.chart.OutcomeCharts;
import atlas.outcomes.chart.ScoreChartData;
import atlas.outcomes.chart.SideChartData;

/**
 * Puts a progress report or discharge summary together from an episode's record (clinical
 * reference, "Documentation lifecycle": progress report with outcome measures, discharge summary):
 * patient and episode, the measures (baseline, latest, change, MCID verdict), the charts, the goals
 * and their status, the interventions given and the plan, and who signs it. Results count from the
 * episode's start up to the visit the report is printed from, or up to today.
 */
public final class ProgressReports {

    public enum Kind {
        PROGRESS_REPORT, DISCHARGE_SUMMARY, EVALUATION_LETTER, DISCHARGE_LETTER;

        /** Whether it is a letter to the referrer, addressed from the directory and framed as a letter. */
        public boolean isLetter() {
            return this == EVALUATION_LETTER || this == DISCHARGE_LETTER;
        }
    }

    /**
     * What a report is made of.
     *
     * @param asOf      the visit it is printed from, or null for "up to today"
     * @param plan      the episode's signed plan, or null
     * @param given     the interventions given at the episode's visits
     * @param clinician who signs it
     * @param sections  the clinics' plugins' report sections, laid out after Atlas's own
     * @param charts    the clinics' plugins' charts, drawn after Atlas's own
     */
    public record Input(Kind kind, PatientRecord record, EpisodeOfCare episode, Visit asOf, PlanOfCare plan,
            List<Goal> goals, List<PlannedIntervention> planned, List<InterventionGiven> given, String clinician,
            LocalDate today, List<ReportSection> sections, List<OutcomeChart> charts) {

        /** A report without plugins' sections or charts. */
        public Input(Kind kind, PatientRecord record, EpisodeOfCare episode, Visit asOf, PlanOfCare plan,
                List<Goal> goals, List<PlannedIntervention> planned, List<InterventionGiven> given, String clinician,
                LocalDate today) {
            this(kind, record, episode, asOf, plan, goals, planned, given, clinician, today, List.of(), List.of());
        }
    }

    /** Chart layout size (about the printed size in points) and how many pixels a point gets, to print sharp. */

    private ProgressReports() {
    }

    /** The report without an addressee or a narrative. */
    public static ProgressReport.Content assemble(Input input) {
        return assemble(input, ReportLetter.NONE);
    }

    /** The report addressed and with the therapist's narrative of {@code letter} (each left out when blank). */
    public static ProgressReport.Content assemble(Input input, ReportLetter letter) {
        LocalDateTime from = input.episode().getStartDate().atStartOfDay();
        LocalDateTime to = (input.asOf() == null ? input.today() : input.asOf().getStartsAt().toLocalDate())
                .plusDays(1).atStartOfDay();
        Predicate<LocalDateTime> inEpisode = at -> at != null && !at.isBefore(from) && at.isBefore(to);
        PatientRecord record = input.record();
        List<Observation> observations = record.observations().stream()
                .filter(observation -> inEpisode.test(observation.getObservedAt())).toList();
        List<HeadacheDiaryEntry> diary = record.diary().stream().filter(entry -> inEpisode.test(entry.getStartsAt()))
                .toList();
        PatientOutcomes outcomes = new PatientOutcomes(observations,
                record.responses().stream().filter(response -> inEpisode.test(response.getCompletedAt())).toList(), diary);
        List<Visit> visits = record.visits().stream().filter(visit -> visit.getEpisodeId() == input.episode().getId()
                && inEpisode.test(visit.getStartsAt())).toList();
        LocalDate upTo = to.toLocalDate().minusDays(1);

        List<ProgressReport.Section> sections = new ArrayList<>();
        if (input.kind().isLetter()) { // a letter tells what was found before what the therapist makes of it
            sections.addAll(ReferrerLetters.sections(input, letter, visits, inEpisode));
        }
        if (!letter.narrative().isEmpty()) {
            sections.add(new ProgressReport.Section(text("section.narrative"), null, List.of(),
                    List.of(letter.narrative().split("\\R"))));
        }
        List<Measure> measures = ChartData.chartedMeasures(outcomes);
        List<ScoreChartData> charts = measures.stream()
                .map(measure -> ChartData.score(measure, outcomes, input.goals(), visits, upTo)).toList();
        sections.add(new ProgressReport.Section(text("section.measures"), measuresTable(charts), List.of(),
                charts.isEmpty() ? List.of(text("none.measures")) : List.of(text("note.verdict"))));
        // the charts go into the PDF as vector drawings (ProgressReport draws them), sharp at any zoom
        List<org.jfree.chart.JFreeChart> images = new ArrayList<>();
        charts.forEach(chart -> images.add(OutcomeCharts.score(chart)));
        DiaryChartData diaryChart = ChartData.diary(outcomes.diaryMonths(upTo));
        if (!diaryChart.months().isEmpty()) {
            images.add(OutcomeCharts.diary(diaryChart));
        }
        for (SideChartData side : ChartData.sideBySide(outcomes, code -> ChartWording.of("title." + code))) {
            images.add(OutcomeCharts.sideBySide(side));
        }
        PatientResults forPlugins = outcomes.forPlugins(input.episode().getStartDate());
        images.addAll(ClinicCharts.of(input.charts(), forPlugins));
        if (!images.isEmpty()) {
            sections.add(new ProgressReport.Section(text("section.charts"), null, images, List.of()));
        }
        sections.add(new ProgressReport.Section(text("section.goals"), input.goals().isEmpty() ? null
                : goalsTable(input.goals(), outcomes, upTo), List.of(), input.goals().isEmpty()
                        ? List.of(text("none.goals")) : List.of()));
        if (input.kind() != Kind.EVALUATION_LETTER) { // nothing is given yet at the evaluation
            sections.add(new ProgressReport.Section(text("section.given"), input.given().isEmpty() ? null
                    : givenTable(input.given()), List.of(), input.given().isEmpty()
                            ? List.of(text("none.given")) : List.of(text("given.visits", visits.size()))));
        }
        sections.add(planSection(input));
        sections.addAll(ClinicSections.of(input.sections(), forPlugins));
        ProgressReport.Content content = new ProgressReport.Content(text("title." + input.kind().name()),
                header(input, upTo, letter), sections, text("signedBy", input.clinician(), date(input.today())));
        return input.kind().isLetter() ? content.as(ReferrerLetters.framing(input, letter)) : content;
    }

    private static List<String> header(Input input, LocalDate upTo, ReportLetter letter) {
        Patient patient = input.record().patient();
        List<String> lines = new ArrayList<>();
        if (!letter.addressee().isEmpty() && !input.kind().isLetter()) {
            lines.add(text("header.to", letter.addresseeLine()));
        }
        lines.add(text("header.patient", patient.displayName(), date(patient.getDateOfBirth()), patient.getRecordNumber()));
        lines.add(text("header.episode", date(input.episode().getStartDate()), input.episode().getDiagnoses().stream()
                .map(Object::toString).map(String::strip).collect(Collectors.joining(", "))));
        lines.add(input.asOf() == null ? text("header.upToToday", date(upTo))
                : text("header.upToVisit", date(upTo), text("visitType." + input.asOf().getType().name())));
        return lines;
    }

    private static ProgressReport.Table measuresTable(List<ScoreChartData> charts) {
        List<List<String>> rows = new ArrayList<>();
        for (ScoreChartData chart : charts) {
            double latest = chart.points().get(chart.points().size() - 1).value();
            rows.add(List.of(chart.title(), chart.baseline() == null ? "" : ChartWording.number(chart.baseline()),
                    ChartWording.number(latest),
                    chart.change().map(change -> signed(change.difference())).orElse(""),
                    chart.change().map(change -> change.verdict().label() + " (MCID "
                            + ChartWording.number(change.threshold()) + ")")
                            .orElse(text(chart.points().size() < 2 ? "verdict.baselineOnly" : "verdict.none"))));
        }
        return new ProgressReport.Table(List.of(text("column.measure"), text("column.baseline"), text("column.latest"),
                text("column.change"), text("column.verdict")), new float[] { 4, 1.4f, 1.4f, 1.4f, 3 }, rows);
    }

    private static ProgressReport.Table goalsTable(List<Goal> goals, PatientOutcomes outcomes, LocalDate upTo) {
        List<List<String>> rows = new ArrayList<>();
        for (Goal goal : goals) {
            String measure = Measures.title(goal.getMeasureCode())
                    + (goal.getDescription() == null ? "" : ": " + goal.getDescription());
            rows.add(List.of(text(goal.getTerm() == GoalTerm.SHORT ? "term.short" : "term.long"), measure,
                    GoalProgress.baseline(goal, outcomes, upTo).map(ChartWording::number).orElse(""),
                    goal.getTarget() == null ? "" : ChartWording.number(goal.getTarget()), date(goal.getDueDate()),
                    GoalProgress.status(goal, outcomes, upTo).map(status -> status.label()).orElse("")));
        }
        return new ProgressReport.Table(List.of(text("column.term"), text("column.measure"), text("column.baseline"),
                text("column.target"), text("column.due"), text("column.status")),
                new float[] { 1.4f, 4, 1.3f, 1.3f, 1.8f, 2 }, rows);
    }

    /** Per intervention: how often it was given, the dose and the response the last time. */
    private static ProgressReport.Table givenTable(List<InterventionGiven> given) {
        Map<String, List<InterventionGiven>> byCode = new LinkedHashMap<>();
        given.forEach(each -> byCode.computeIfAbsent(each.getInterventionCode(), code -> new ArrayList<>()).add(each));
        List<List<String>> rows = new ArrayList<>();
        byCode.forEach((code, times) -> {
            InterventionGiven last = times.get(times.size() - 1);
            rows.add(List.of(InterventionWording.title(code), Integer.toString(times.size()),
                    last.getDosage() == null ? "" : InterventionWording.dosage(last.getDosage()),
                    last.getResponse() == null ? "" : last.getResponse()));
        });
        return new ProgressReport.Table(List.of(text("column.intervention"), text("column.times"),
                text("column.lastDose"), text("column.response")), new float[] { 3, 1, 3, 4 }, rows);
    }

    private static ProgressReport.Section planSection(Input input) {
        PlanOfCare plan = input.plan();
        if (plan == null) {
            return new ProgressReport.Section(text("section.plan"), null, List.of(), List.of(text("none.plan")));
        }
        List<String> lines = List.of(text("plan.frequency", orDash(plan.getSessionsPerWeek()), orDash(plan.getWeeks()),
                orDash(plan.getPlannedVisits()), plan.getReEvaluationDate() == null ? "-" : date(plan.getReEvaluationDate()),
                plan.getRevision()));
        List<List<String>> rows = input.planned().stream().map(planned -> List.of(
                InterventionWording.title(planned.getInterventionCode()), InterventionWording.dosage(planned.getDosage()),
                planned.isHomeProgramme() ? text("plan.home") : "")).toList();
        return new ProgressReport.Section(text("section.plan"), rows.isEmpty() ? null
                : new ProgressReport.Table(List.of(text("column.intervention"), text("column.dosage"), text("column.home")),
                        new float[] { 4, 5, 2 }, rows), List.of(), lines);
    }

    private static String orDash(Integer value) {
        return value == null ? "-" : value.toString();
    }

    private static String signed(double difference) {
        return (difference > 0 ? "+" : "") + ChartWording.number(difference);
    }

    static String date(LocalDate day) {
        return ClinicDates.forPlatform().date(day);
    }

    static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("atlas.reports.reports", Locale.getDefault(),
                ProgressReports.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
