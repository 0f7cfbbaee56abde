package atlas.outcomes.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.Goal;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.plan.PlanStatus;
import atlas.core.store.StoreException;
import atlas.measures.Measure;
import atlas.outcomes.PatientOutcomes;
import atlas.outcomes.chart.ChartData;
import atlas.outcomes.chart.ChartWording;
import atlas.outcomes.chart.DiaryChartData;
import atlas.outcomes.chart.OutcomeCharts;
import atlas.outcomes.chart.SideChartData;

/**
 * A patient's charts, built in the background (reading the record and laying out the charts
 * take time with years of history; only drawing happens on the display thread): every measure
 * with results over the whole history, judged against the current episode's baseline and goals;
 * the diary by month; neck and jaw values side by side.
 */
record PatientCharts(String patientName, EpisodeOfCare episode, List<Named> charts) {

    /** A chart and the name its files are saved under. */
    record Named(String name, JFreeChart chart) {
    }

    static Optional<PatientCharts> read(PatientRecordService records, PlanOfCareService plans, long patientId,
            LocalDate today) throws StoreException {
        Optional<PatientRecord> opened = records.open(patientId);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        PatientRecord record = opened.get();
        EpisodeOfCare episode = record.episodes().stream().filter(EpisodeOfCare::isActive).findFirst()
                .orElse(record.episodes().stream().max(Comparator.comparing(EpisodeOfCare::getStartDate)).orElse(null));
        List<Goal> goals = List.of();
        if (episode != null) {
            Optional<PlanOfCare> signed = record.plans().stream().filter(plan -> plan.getEpisodeId() == episode.getId()
                    && plan.getStatus() == PlanStatus.SIGNED).findFirst();
            if (signed.isPresent()) {
                goals = plans.goalsOf(signed.get().getId());
            }
        }
        PatientOutcomes outcomes = PatientOutcomes.of(record);
        List<Named> charts = new ArrayList<>();
        for (Measure measure : ChartData.chartedMeasures(outcomes)) {
            charts.add(new Named(measure.code(), OutcomeCharts.score(ChartData.score(measure, outcomes, goals,
                    record.visits(), episode == null ? null : episode.getStartDate(), today))));
        }
        DiaryChartData diary = ChartData.diary(outcomes.diaryMonths(today));
        if (!diary.months().isEmpty()) {
            charts.add(new Named("diary", OutcomeCharts.diary(diary)));
        }
        for (SideChartData side : ChartData.sideBySide(outcomes, code -> ChartWording.of("title." + code))) {
            charts.add(new Named(side.title().toLowerCase().replaceAll("[^a-z0-9]+", "-"), OutcomeCharts.sideBySide(side)));
        }
        return Optional.of(new PatientCharts(record.patient().displayName(), episode, charts));
    }
}
