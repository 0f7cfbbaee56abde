package atlas.outcomes.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.form.Observation;
import atlas.measures.Change;
import atlas.measures.Measure;
import atlas.measures.Measures;
import atlas.measures.Verdict;

/**
 * The clinic's responder rate per measure across discharged episodes: of the episodes with a
 * result at the start and a later one, the share whose last result improved on the first by at
 * least the measure's important change (MCID/MDC, clinical reference, "Instruments").
 */
public final class ResponderRates {

    /**
     * @param episodes   discharged episodes with a first and a later result of the measure
     * @param responders those of them that improved by the important change
     */
    public record Rate(String measureCode, String title, int episodes, int responders) {

        public double share() {
            return episodes == 0 ? 0 : (double) responders / episodes;
        }
    }

    private ResponderRates() {
    }

    /** The measures a responder rate is given for: those with an important change. */
    public static List<String> measureCodes() {
        return Measures.charted().stream().filter(measure -> measure.importantChange() != null).map(Measure::code)
                .toList();
    }

    /**
     * @param diagnosisPrefix only episodes with a diagnosis code starting so ("G43", "M53.0"); blank for all
     * @param observations    the patients' observations, any order; those inside an episode's dates count for it
     */
    public static List<Rate> of(List<EpisodeOfCare> episodes, List<Observation> observations, String diagnosisPrefix) {
        String prefix = diagnosisPrefix == null ? "" : diagnosisPrefix.strip().toUpperCase();
        List<EpisodeOfCare> chosen = episodes.stream().filter(episode -> prefix.isEmpty() || episode.getDiagnoses()
                .stream().anyMatch(diagnosis -> diagnosis.getCode().toUpperCase().startsWith(prefix))).toList();
        Map<Long, List<Observation>> byPatient = observations.stream().filter(o -> o.getObservedAt() != null)
                .sorted(java.util.Comparator.comparing(Observation::getObservedAt))
                .collect(Collectors.groupingBy(Observation::getPatientId));
        List<Rate> rates = new ArrayList<>();
        for (String code : measureCodes()) {
            Measure measure = Measures.byCode(code).orElseThrow();
            int counted = 0;
            int improved = 0;
            for (EpisodeOfCare episode : chosen) {
                List<Observation> within = byPatient.getOrDefault(episode.getPatientId(), List.of()).stream()
                        .filter(o -> o.getMeasureCode().equals(code))
                        .filter(o -> !o.getObservedAt().toLocalDate().isBefore(episode.getStartDate())
                                && (episode.getEndDate() == null
                                        || !o.getObservedAt().toLocalDate().isAfter(episode.getEndDate())))
                        .toList();
                if (within.size() < 2) {
                    continue;
                }
                counted++;
                Change change = measure.change(within.get(0).getValue(), within.get(within.size() - 1).getValue())
                        .orElseThrow();
                if (change.verdict() == Verdict.IMPROVED) {
                    improved++;
                }
            }
            if (counted > 0) {
                rates.add(new Rate(code, Measures.title(code), counted, improved));
            }
        }
        return rates;
    }
}
