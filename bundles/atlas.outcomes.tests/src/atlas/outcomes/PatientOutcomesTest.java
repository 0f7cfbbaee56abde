package atlas.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.MedicationClass;
import atlas.core.form.FormResponse;
import atlas.core.form.Observation;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.measures.GoalStatus;
import atlas.measures.Goals;
import atlas.measures.HeadacheDiaryMetrics;

/** Results of scores, of one PSFS activity by its name, and of the diary's months, and goals on them. */
class PatientOutcomesTest {

    private static final long ANNA = 7;

    @Test
    void aPsfsActivityIsFollowedByItsNameWhereverItStandsInTheForm() {
        List<FormResponse> responses = List.of(
                psfs(LocalDateTime.of(2026, 10, 1, 9, 0), "Reading for 30 minutes", "3", "Driving", "5", "Sleeping", "4"),
                psfs(LocalDateTime.of(2026, 10, 29, 9, 0), "Driving", "6", "reading  for 30 minutes", "7", "Sleeping", "6"));
        PatientOutcomes outcomes = new PatientOutcomes(List.of(), responses, List.of());

        assertEquals(List.of(new Goals.Result(LocalDate.of(2026, 10, 1), 3), new Goals.Result(LocalDate.of(2026, 10, 29), 7)),
                outcomes.results("psfs.activity", "Reading for 30 minutes", LocalDate.of(2026, 11, 1)));
        assertEquals(List.of("Driving", "reading  for 30 minutes", "Sleeping"), outcomes.psfsActivities());
        Goal reading = new Goal(1, GoalTerm.SHORT, "psfs.activity", 3.0, 6.0, LocalDate.of(2026, 11, 15));
        reading.setDescription("Reading for 30 minutes");
        assertEquals(GoalStatus.MET, GoalProgress.status(reading, outcomes, LocalDate.of(2026, 11, 1)).orElseThrow());
    }

    @Test
    void migraineDaysComeFromTheDiaryMonthByMonthAgainstHalfTheBaselineMonth() {
        List<HeadacheDiaryEntry> diary = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            diary.add(triptanTreated(LocalDate.of(2026, 1, day * 3)));
        }
        for (int day = 1; day <= 4; day++) {
            diary.add(triptanTreated(LocalDate.of(2026, 2, day * 5)));
        }
        PatientOutcomes outcomes = new PatientOutcomes(List.of(), List.of(), diary);
        LocalDate today = LocalDate.of(2026, 3, 3);

        List<Goals.Result> months = outcomes.results("diary.migraineDays", null, today);
        assertEquals(2, months.size(), "March has only begun: not a month to judge on");
        assertEquals(8 * 28.0 / 31, months.get(0).value(), 1e-9, "January, normalised to 28 days");
        assertEquals(LocalDate.of(2026, 1, 31), months.get(0).day());
        assertEquals(4.0, months.get(1).value(), 1e-9);
        double target = Goals.proposeTarget(HeadacheDiaryMetrics.MIGRAINE_DAYS, months.get(0).value()).orElseThrow();
        assertEquals(4 * 28.0 / 31, target, 1e-9, "half the baseline month");

        Goal halved = new Goal(1, GoalTerm.LONG, "diary.migraineDays", months.get(0).value(), target,
                LocalDate.of(2026, 4, 30));
        assertEquals(GoalStatus.PROGRESSING, GoalProgress.status(halved, outcomes, today).orElseThrow(),
                "4 days is better than 7.2 but above 3.6");
        assertEquals(Boolean.FALSE, outcomes.diaryMonths(today).get(1).responder(),
                "February: 4 is more than half of 7.2, not yet a responder");
    }

    @Test
    void scoresAreReadFromTheObservationsInTimeOrder() {
        List<Observation> observations = List.of(
                new Observation(ANNA, 2L, 20L, "ndi", 17, "points", LocalDateTime.of(2026, 11, 20, 10, 0)),
                new Observation(ANNA, 1L, 10L, "ndi", 24, "points", LocalDateTime.of(2026, 10, 2, 10, 0)),
                new Observation(ANNA, 1L, 10L, "hit6", 64, "points", LocalDateTime.of(2026, 10, 2, 10, 0)));
        PatientOutcomes outcomes = new PatientOutcomes(observations, List.of(), List.of());

        assertEquals(List.of(24.0, 17.0), outcomes.results("ndi", null, LocalDate.of(2026, 11, 27)).stream()
                .map(Goals.Result::value).toList());
        Goal ndi = new Goal(1, GoalTerm.SHORT, "ndi", null, 18.5, LocalDate.of(2026, 12, 1));
        assertEquals(GoalStatus.MET, GoalProgress.status(ndi, outcomes, LocalDate.of(2026, 11, 27)).orElseThrow());
        assertEquals(24.0, GoalProgress.baseline(ndi, outcomes, LocalDate.of(2026, 11, 27)).orElseThrow(),
                "a goal set without a baseline is judged, and shown, from the first result");
        assertEquals(java.util.Optional.empty(), GoalProgress.baseline(ndi, new PatientOutcomes(List.of(), List.of(),
                List.of()), LocalDate.of(2026, 11, 27)), "without a result there is none");
        ndi.setBaseline(26.0);
        assertEquals(26.0, GoalProgress.baseline(ndi, outcomes, LocalDate.of(2026, 11, 27)).orElseThrow(),
                "the goal's own baseline first");
    }

    private static FormResponse psfs(LocalDateTime at, String... namesAndRatings) {
        FormResponse response = new FormResponse(ANNA, null, atlas.measures.PatientSpecificFunctionalScale.FORM_ID, "1", at);
        for (int i = 0; i < namesAndRatings.length / 2; i++) {
            response.getAnswers().put("psfs." + (i + 1) + ".name", namesAndRatings[2 * i]);
            response.getAnswers().put("psfs." + (i + 1), namesAndRatings[2 * i + 1]);
        }
        return response;
    }

    private static HeadacheDiaryEntry triptanTreated(LocalDate day) {
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(ANNA, day.atTime(7, 30), 240, 6);
        entry.setMedicationName("Sumatriptan 50 mg");
        entry.setMedicationClass(MedicationClass.TRIPTAN);
        return entry;
    }
}
