package atlas.outcomes.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.form.Observation;

/** The share of discharged episodes reaching each measure's important change. */
class ResponderRatesTest {

    @Test
    void episodesReachingTheImportantChangeAreCountedPerMeasureAndDiagnosis() {
        List<EpisodeOfCare> episodes = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        // NDI 24 -> 17 (improved by 7 >= 5.5), 24 -> 21 (not), 30 -> 20 (improved); only one HIT-6 result: not counted
        double[][] ndi = { { 24, 17 }, { 24, 21 }, { 30, 20 } };
        String[] diagnoses = { "G43.0", "M53.0", "G43.1" };
        for (int patient = 1; patient <= 3; patient++) {
            EpisodeOfCare episode = new EpisodeOfCare(patient, LocalDate.of(2026, 8, 25), "GP", LocalDate.of(2026, 9, 1));
            episode.setEndDate(LocalDate.of(2026, 10, 30));
            episode.getDiagnoses().add(Diagnosis.icd10(diagnoses[patient - 1], "coded"));
            episodes.add(episode);
            observations.add(new Observation(patient, null, null, "ndi", ndi[patient - 1][0], "points",
                    LocalDateTime.of(2026, 9, 1, 9, 0)));
            observations.add(new Observation(patient, null, null, "ndi", ndi[patient - 1][1], "points",
                    LocalDateTime.of(2026, 10, 30, 9, 0)));
            observations.add(new Observation(patient, null, null, "hit6", 64, "points", LocalDateTime.of(2026, 9, 1, 9, 0)));
        }
        // a result after the discharge belongs to no episode
        observations.add(new Observation(2, null, null, "ndi", 10, "points", LocalDateTime.of(2026, 12, 1, 9, 0)));

        List<ResponderRates.Rate> all = ResponderRates.of(episodes, observations, "");
        assertEquals(List.of(new ResponderRates.Rate("ndi", all.get(0).title(), 3, 2)), all);
        assertEquals(2 / 3.0, all.get(0).share(), 1e-9);
        assertEquals(List.of(new ResponderRates.Rate("ndi", all.get(0).title(), 2, 2)),
                ResponderRates.of(episodes, observations, "g43"), "migraine episodes only");
    }

    @Test
    void aClinicsMeasureWithAnImportantChangeHasARespondersRateOfItsOwn() {
        atlas.api.measure.MeasureCatalogue grip = new atlas.api.measure.MeasureCatalogue() {
            @Override
            public List<atlas.api.measure.MeasureDefinition> measures() {
                return List.of(new atlas.api.measure.MeasureDefinition("clinic.grip", "kg", 0, 60, false, 6.5,
                        "clinic audit", List.of()));
            }

            @Override
            public String title(String code) {
                return "Grip strength (clinic)";
            }
        };
        atlas.measures.ClinicMeasures.add(grip);
        try {
            EpisodeOfCare episode = new EpisodeOfCare(1, LocalDate.of(2026, 8, 25), "GP", LocalDate.of(2026, 9, 1));
            episode.setEndDate(LocalDate.of(2026, 10, 30));
            List<Observation> observations = List.of(
                    new Observation(1, null, null, "clinic.grip", 20, "kg", LocalDateTime.of(2026, 9, 1, 9, 0)),
                    new Observation(1, null, null, "clinic.grip", 28, "kg", LocalDateTime.of(2026, 10, 30, 9, 0)));

            assertEquals(true, ResponderRates.measureCodes().contains("clinic.grip"));
            assertEquals(List.of(new ResponderRates.Rate("clinic.grip", "Grip strength (clinic)", 1, 1)),
                    ResponderRates.of(List.of(episode), observations, ""), "higher is better: +8 kg >= 6.5");
        } finally {
            atlas.measures.ClinicMeasures.remove(grip);
        }
    }
}
