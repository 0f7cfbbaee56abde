package atlas.outcomes.chart;

import java.util.List;

import atlas.measures.HeadacheDiaryMetrics;

/**
 * What the diary chart shows: per month, headache, migraine and acute-medication days per 28
 * days; the baseline month and the line at half its migraine days (the 50 % responder line,
 * clinical reference, "Headache diary").
 *
 * @param responderLine half the baseline month's migraine days, or null without a baseline
 */
public record DiaryChartData(List<HeadacheDiaryMetrics.Month> months, HeadacheDiaryMetrics.Month baseline,
        Double responderLine) {
}
