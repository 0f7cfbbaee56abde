package atlas.core.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;

/**
 * What a re-evaluation asks again (issue 18): the forms filled at the episode's baseline - its
 * earliest visit with a form - so that each measure is compared with itself; those already filled
 * at the re-evaluation are not asked twice.
 */
public final class BaselineForms {

    private BaselineForms() {
    }

    /**
     * The form ids to propose at {@code visitId}, in the order they were filled at the baseline;
     * empty unless that visit is a re-evaluation of {@code episodeVisits}' episode.
     */
    public static List<String> toRepeat(List<Visit> episodeVisits, List<FormResponse> responses, long visitId) {
        Map<Long, Visit> visits = episodeVisits.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        Visit visit = visits.get(visitId);
        if (visit == null || visit.getType() != VisitType.RE_EVALUATION) {
            return List.of();
        }
        List<FormResponse> ofEpisode = responses.stream()
                .filter(response -> response.getVisitId() != null && visits.containsKey(response.getVisitId()))
                .toList();
        Optional<Visit> baseline = ofEpisode.stream().map(response -> visits.get(response.getVisitId()))
                .min(Comparator.comparing(Visit::getStartsAt));
        if (baseline.isEmpty() || baseline.get().getId() == visitId) {
            return List.of();
        }
        Set<String> filledNow = ofEpisode.stream().filter(response -> response.getVisitId() == visitId)
                .map(FormResponse::getFormId).collect(Collectors.toSet());
        List<String> again = new ArrayList<>();
        ofEpisode.stream().filter(response -> response.getVisitId().equals(baseline.get().getId()))
                .sorted(Comparator.comparing(FormResponse::getCompletedAt)).map(FormResponse::getFormId)
                .filter(form -> !filledNow.contains(form) && !again.contains(form)).forEach(again::add);
        return again;
    }
}
