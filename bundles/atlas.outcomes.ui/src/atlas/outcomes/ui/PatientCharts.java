package atlas.outcomes.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;

import atlas.api.chart.OutcomeChart;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.Goal;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.store.StoreException;
import atlas.measures.Measure;
import atlas.outcomes.PatientOutcomes;
import atlas.outcomes.chart.ChartData;
import atlas.outcomes.chart.ChartWording;
import atlas.outcomes.chart.ClinicCharts;
import atlas.outcomes.chart.DiaryChartData;
import atlas.outcomes.chart.OutcomeCharts;
import atlas.outcomes.chart.SideChartData;
import atlas.ui.Contributions;

/**
 * A patient's charts, built in the background (reading the record and laying out the charts
 * take time with years of history; only drawing happens on the display thread): every measure
 * with results in the current episode (or, as a choice, over the whole history), judged against
 * the current episode's baseline and goals; the diary by month; neck and jaw values side by side.
 */
record PatientCharts(String patientName, EpisodeOfCare episode, List<Named> charts) {

    /**
     * A chart, the name its files are saved under, and the chart already drawn in the background
     * at the size it is expected to take on screen (null when that size was not known).
     */
    record Named(String name, JFreeChart chart, ChartCanvas.Drawn drawn) {
    }

    /**
     * @param wholeHistory every result since the first; else those of the current episode
     * @param width        the width each chart is expected to take on screen, or 0 if not known yet
     * @param height       its height
     */
    static Optional<PatientCharts> read(PatientRecordService records, PlanOfCareService plans, long patientId,
            LocalDate today, boolean wholeHistory, int width, int height) throws StoreException {
        Optional<PatientRecord> opened = records.open(patientId);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        PatientRecord record = opened.get();
        EpisodeOfCare episode = record.currentEpisode().orElse(null);
        Optional<PlanOfCare> signed = episode == null ? Optional.empty() : record.signedPlanOf(episode.getId());
        List<Goal> goals = signed.isPresent() ? plans.goalsOf(signed.get().getId()) : List.of();
        LocalDate from = wholeHistory || episode == null ? null : episode.getStartDate();
        PatientOutcomes outcomes = PatientOutcomes.of(record).since(from);
        List<atlas.core.episode.Visit> visits = record.visits().stream()
                .filter(visit -> from == null || !visit.getStartsAt().toLocalDate().isBefore(from)).toList();
        List<Named> charts = new ArrayList<>();
        for (Measure measure : ChartData.chartedMeasures(outcomes)) {
            charts.add(drawn(measure.code(), OutcomeCharts.score(ChartData.score(measure, outcomes, goals,
                    visits, episode == null ? null : episode.getStartDate(), today)), width, height));
        }
        DiaryChartData diary = ChartData.diary(outcomes.diaryMonths(today));
        if (!diary.months().isEmpty()) {
            charts.add(drawn("diary", OutcomeCharts.diary(diary), width, height));
        }
        for (SideChartData side : ChartData.sideBySide(outcomes, code -> ChartWording.of("title." + code))) {
            charts.add(drawn(fileName(side.title()), OutcomeCharts.sideBySide(side), width, height));
        }
        for (JFreeChart clinic : ClinicCharts.of(Contributions.of(OutcomeChart.class),
                outcomes.forPlugins(episode == null ? null : episode.getStartDate()))) {
            charts.add(drawn(fileName(clinic.getTitle().getText()), clinic, width, height));
        }
        return Optional.of(new PatientCharts(record.patient().displayName(), episode, charts));
    }

    private static String fileName(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Draws the chart now, off the display thread, so that showing it only copies pixels. */
    private static Named drawn(String name, JFreeChart chart, int width, int height) {
        return new Named(name, chart, width > 0 && height > 0 ? ChartCanvas.Drawn.of(chart, width, height) : null);
    }
}
