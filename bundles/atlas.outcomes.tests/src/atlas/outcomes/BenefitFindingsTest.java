package atlas.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.form.Observation;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.Sex;
import atlas.measures.MusculoskeletalContribution;

/** The benefit summary's findings come from the episode's latest examination and the last 4 weeks of the diary. */
class BenefitFindingsTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Observation value(String code, double value, LocalDate day) {
        return new Observation(7, null, null, code, value, "", day.atTime(9, 0));
    }

    @Test
    void theReEvaluationsFindingsReplaceTheInitialOnesAndEarlierEpisodesDoNotCount() {
        EpisodeOfCare episode = new EpisodeOfCare(7, START, "GP", START);
        List<Observation> observations = List.of(value("frt.left", 20, START.minusMonths(6)), // an earlier episode
                value("frt.left", 26, START), value("frt.right", 42, START), value("trp.active", 2, START),
                value("frt.left", 38, TODAY.minusDays(1)), value("frt.right", 42, TODAY.minusDays(1)));
        List<HeadacheDiaryEntry> diary = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            HeadacheDiaryEntry entry = new HeadacheDiaryEntry(7, TODAY.minusDays(day * 4L).atTime(8, 0), 120, 5);
            entry.setProvokedByNeck(day <= 2);
            diary.add(entry);
        }
        diary.add(new HeadacheDiaryEntry(7, TODAY.minusDays(40).atTime(8, 0), 120, 5)); // before the 4 weeks
        PatientRecord record = new PatientRecord(new Patient("P-1", "Keller", "Anna", LocalDate.of(1980, 1, 1), Sex.FEMALE),
                List.of(episode), List.of(), List.of(), observations, diary, List.of(), List.of());

        MusculoskeletalContribution.Findings findings = BenefitFindings.of(record, episode, TODAY);
        assertEquals(38, findings.frtLeft(), "the latest FRT");
        assertEquals(true, findings.palpationReproduces());
        assertNull(findings.tmdHeadache(), "the jaw was not examined");
        assertEquals(6, findings.headachesLast28Days());
        assertEquals(2, findings.provokedLast28Days());
        assertEquals(MusculoskeletalContribution.Line.POSSIBLE, BenefitFindings.summary(record, episode, TODAY).line(),
                "FRT now 38/42 (not positive), palpation and the diary 2 of 6");
    }

    @Test
    void theNeckExaminationIsReadAtThePatientsAgeFromTheLatestValues() {
        EpisodeOfCare episode = new EpisodeOfCare(7, START, "GP", START);
        List<Observation> observations = List.of(value("rom.rotationLeft", 50, START),
                value("rom.rotationLeft", 70, TODAY.minusDays(1)), value("rom.rotationRight", 72, TODAY.minusDays(1)),
                value("rom.extension", 30, START.minusMonths(6))); // an earlier episode
        PatientRecord record = new PatientRecord(new Patient("P-1", "Keller", "Anna", LocalDate.of(1980, 1, 1), Sex.FEMALE),
                List.of(episode), List.of(), List.of(), observations, List.of(), List.of(), List.of());
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        try {
            List<atlas.measures.NeckExamFindings.Finding> findings = BenefitFindings.neckExamination(record, episode,
                    TODAY);
            assertEquals(1, findings.size(), "the extension of an earlier episode does not count");
            assertEquals(atlas.measures.NeckExamFindings.Judgement.WITHIN, findings.get(0).judgement(),
                    "the re-evaluation's 70/72 replaces the initial 50");
            assertEquals("left 70\u00b0, right 72\u00b0 (2\u00b0 apart)", findings.get(0).found());
            assertEquals("80\u00b0 \u00b114\u00b0 (ages 18-120)", findings.get(0).against());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
