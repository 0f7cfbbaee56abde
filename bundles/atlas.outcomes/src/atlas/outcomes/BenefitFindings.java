package atlas.outcomes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.form.Observation;
import atlas.core.patient.PatientRecord;
import atlas.measures.MusculoskeletalContribution;
import atlas.measures.MusculoskeletalContribution.Findings;
import atlas.measures.NeckExamFindings;

/**
 * Gathers what the benefit summary judges ({@link MusculoskeletalContribution}) from a patient's
 * record: the latest neck and jaw examination values of the episode (so a re-evaluation's findings
 * replace the initial evaluation's), and the diary of the last 4 weeks.
 */
public final class BenefitFindings {

    private BenefitFindings() {
    }

    public static MusculoskeletalContribution.Summary summary(PatientRecord record, EpisodeOfCare episode,
            LocalDate today) {
        return MusculoskeletalContribution.judge(of(record, episode, today));
    }

    /**
     * The episode's neck examination read against reference values for the patient's age
     * ({@link NeckExamFindings}): the latest value of each test, so a re-evaluation's replace the
     * initial evaluation's.
     */
    public static List<NeckExamFindings.Finding> neckExamination(PatientRecord record, EpisodeOfCare episode,
            LocalDate today) {
        Map<String, Double> latest = new HashMap<>();
        episodeValues(record, episode).stream().filter(observation -> observation.getMeasureCode().startsWith("rom.")
                || observation.getMeasureCode().startsWith("ppt."))
                .forEach(observation -> latest.put(observation.getMeasureCode(), observation.getValue()));
        return NeckExamFindings.of(latest, ageOn(record, today));
    }

    private static List<Observation> episodeValues(PatientRecord record, EpisodeOfCare episode) {
        LocalDateTime from = episode.getStartDate().atStartOfDay();
        return record.observations().stream()
                .filter(observation -> observation.getObservedAt() != null && !observation.getObservedAt().isBefore(from))
                .sorted(Comparator.comparing(Observation::getObservedAt)).toList();
    }

    static Findings of(PatientRecord record, EpisodeOfCare episode, LocalDate today) {
        List<Observation> episodeValues = episodeValues(record, episode);
        LocalDateTime diaryFrom = today.minusDays(27).atStartOfDay();
        List<HeadacheDiaryEntry> lastFourWeeks = record.diary().stream()
                .filter(entry -> !entry.getStartsAt().isBefore(diaryFrom)
                        && !entry.getStartsAt().toLocalDate().isAfter(today)).toList();
        Integer headaches = record.diary().isEmpty() ? null : lastFourWeeks.size();
        int provoked = (int) lastFourWeeks.stream().filter(entry -> entry.isProvokedByNeck() || entry.isProvokedByJaw())
                .count();
        return new Findings(whole(episodeValues, "frt.left"), whole(episodeValues, "frt.right"),
                whole(episodeValues, "ccft.activation"), whole(episodeValues, "rom.extension"),
                latest(episodeValues, "trp.active").map(count -> count > 0).orElse(null),
                latest(episodeValues, "dctmd.headache").map(yes -> yes > 0).orElse(null), headaches, provoked, null,
                null, ageOn(record, today));
    }

    private static Integer ageOn(PatientRecord record, LocalDate today) {
        return record.patient().getDateOfBirth() == null ? null : record.patient().ageOn(today);
    }

    private static Optional<Double> latest(List<Observation> values, String code) {
        return values.stream().filter(observation -> observation.getMeasureCode().equals(code))
                .reduce((first, later) -> later).map(Observation::getValue);
    }

    private static Integer whole(List<Observation> values, String code) {
        return latest(values, code).map(value -> (int) Math.round(value)).orElse(null);
    }
}
