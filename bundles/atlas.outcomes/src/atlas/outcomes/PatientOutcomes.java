package atlas.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.patient.PatientRecord;
import atlas.measures.Goals;
import atlas.measures.HeadacheDiaryMetrics;
import atlas.measures.PatientSpecificFunctionalScale;

/**
 * A patient's results over time, wherever they come from: scores and examination values are
 * observations; a single PSFS activity is found by its name in the PSFS responses (its position
 * may change between responses); monthly migraine and headache days are derived from the diary.
 */
public final class PatientOutcomes {

    private final List<Observation> observations;
    private final List<FormResponse> responses;
    private final List<HeadacheDiaryEntry> diary;

    public PatientOutcomes(List<Observation> observations, List<FormResponse> responses,
            List<HeadacheDiaryEntry> diary) {
        this.observations = observations.stream().filter(observation -> observation.getObservedAt() != null)
                .sorted(Comparator.comparing(Observation::getObservedAt)).toList();
        this.responses = responses.stream().filter(response -> response.getCompletedAt() != null)
                .sorted(Comparator.comparing(FormResponse::getCompletedAt)).toList();
        this.diary = diary.stream().sorted(Comparator.comparing(HeadacheDiaryEntry::getStartsAt)).toList();
    }

    public static PatientOutcomes of(PatientRecord record) {
        return new PatientOutcomes(record.observations(), record.responses(), record.diary());
    }

    /** The results from {@code day} on (an episode's start): this episode's course, not the history. */
    public PatientOutcomes since(LocalDate day) {
        if (day == null) {
            return this;
        }
        java.time.LocalDateTime from = day.atStartOfDay();
        return new PatientOutcomes(observations.stream().filter(o -> !o.getObservedAt().isBefore(from)).toList(),
                responses.stream().filter(r -> !r.getCompletedAt().isBefore(from)).toList(),
                diary.stream().filter(d -> !d.getStartsAt().isBefore(from)).toList());
    }

    /**
     * The results of a measure in time order, up to {@code today}.
     *
     * @param activity the activity's name for {@link PatientSpecificFunctionalScale#ACTIVITY}, else unused
     */
    public List<Goals.Result> results(String measureCode, String activity, LocalDate today) {
        if (measureCode.equals(PatientSpecificFunctionalScale.ACTIVITY.code())) {
            return activityRatings(activity);
        }
        if (measureCode.equals(HeadacheDiaryMetrics.MIGRAINE_DAYS.code())) {
            return completeMonths(today).map(month -> new Goals.Result(month.month().atEndOfMonth(),
                    month.migraineDaysPer28())).toList();
        }
        if (measureCode.equals(HeadacheDiaryMetrics.HEADACHE_DAYS.code())) {
            return completeMonths(today).map(month -> new Goals.Result(month.month().atEndOfMonth(),
                    month.headacheDaysPer28())).toList();
        }
        return observations.stream().filter(observation -> observation.getMeasureCode().equals(measureCode))
                .map(observation -> new Goals.Result(observation.getObservedAt().toLocalDate(), observation.getValue()))
                .toList();
    }

    /**
     * Every result as a clinic's plugin sees it (codes, times, values, units; nothing else of the
     * record), for its report sections and charts.
     */
    public atlas.api.measure.PatientResults forPlugins(LocalDate episodeStart) {
        return new atlas.api.measure.PatientResults(episodeStart, observations.stream()
                .map(observation -> new atlas.api.measure.MeasuredValue(observation.getMeasureCode(),
                        observation.getObservedAt(), observation.getValue(), observation.getUnit()))
                .toList());
    }

    /** The observations of one measure code, in time order (e.g. "frt.left" for the charts). */
    public List<Observation> observations(String measureCode) {
        return observations.stream().filter(observation -> observation.getMeasureCode().equals(measureCode)).toList();
    }

    /** The activities of the latest PSFS response, to re-rate or to set a goal on. */
    public List<String> psfsActivities() {
        List<String> names = new ArrayList<>();
        for (int i = responses.size() - 1; i >= 0 && names.isEmpty(); i--) {
            FormResponse response = responses.get(i);
            if (PatientSpecificFunctionalScale.FORM_ID.equals(response.getFormId())) {
                for (int n = 1; n <= PatientSpecificFunctionalScale.MAX_ACTIVITIES; n++) {
                    String name = response.getAnswers().getOrDefault(PatientSpecificFunctionalScale.nameItem(n), "").strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** The ratings of the activity named {@code activity} (case and spacing as typed are ignored). */
    private List<Goals.Result> activityRatings(String activity) {
        List<Goals.Result> ratings = new ArrayList<>();
        String wanted = normalise(activity);
        for (FormResponse response : responses) {
            if (!PatientSpecificFunctionalScale.FORM_ID.equals(response.getFormId())) {
                continue;
            }
            Map<String, String> answers = response.getAnswers();
            for (int n = 1; n <= PatientSpecificFunctionalScale.MAX_ACTIVITIES; n++) {
                String rating = answers.get(PatientSpecificFunctionalScale.ratingItem(n));
                String name = answers.get(PatientSpecificFunctionalScale.nameItem(n));
                if (Objects.equals(normalise(name), wanted) && rating != null && !rating.isBlank()) {
                    try {
                        ratings.add(new Goals.Result(response.getCompletedAt().toLocalDate(),
                                Double.parseDouble(rating.strip())));
                    } catch (NumberFormatException e) {
                        // a stored response is scored before it is saved; an unreadable rating is skipped
                    }
                }
            }
        }
        return ratings;
    }

    private static String normalise(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ").toLowerCase();
    }

    /**
     * The diary's calendar months from the first entry's month to {@code today}, with the first
     * month as the baseline of the 50 % responder status (as the diary dialog shows them).
     */
    public List<HeadacheDiaryMetrics.Month> diaryMonths(LocalDate today) {
        if (diary.isEmpty()) {
            return List.of();
        }
        LocalDate from = YearMonth.from(diary.get(0).getStartsAt()).atDay(1);
        LocalDate to = today.isBefore(from) ? from : today;
        return HeadacheDiaryMetrics.monthly(DiaryEpisodes.of(diary), from, to, YearMonth.from(from), true);
    }

    /**
     * The months a goal is judged on: those that have ended. The running month is left out, as a
     * few days without migraine at its start are no monthly rate to set a baseline or judge a goal on.
     */
    private java.util.stream.Stream<HeadacheDiaryMetrics.Month> completeMonths(LocalDate today) {
        return diaryMonths(today).stream().filter(month -> month.month().atEndOfMonth().isBefore(today));
    }
}
