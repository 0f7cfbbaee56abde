package atlas.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.OpeningHours;
import atlas.core.episode.ProposedVisit;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitSeries;
import atlas.core.episode.VisitType;
import atlas.core.episode.WeekSchedule;

/** The schedule's figures of the store benchmark (issue 18): a series booked, a week opened and moved. */
final class ScheduleFigures {

    private ScheduleFigures() {
    }

    /**
     * Booking a plan's 12-visit series as the front desk does (issue 18): proposed against the
     * therapist's time, clashes moved to that day's free time, then booked in one step - for a
     * fresh episode of a random patient each round, the therapists' weeks filling up as it goes.
     */
    static void series(EpisodeService episodes, List<Long> patientIds, long[] therapistIds, long seed) throws Exception {
        int rounds = 40;
        Percentiles booking = new Percentiles(rounds);
        SplittableRandom pick = new SplittableRandom(seed + 1);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int moved = 0;
        for (int i = -5; i < rounds; i++) {
            long patientId = patientIds.get(pick.nextInt(patientIds.size()));
            EpisodeOfCare episode = new EpisodeOfCare(patientId,
                    LocalDate.now(), "GP", LocalDate.now());
            episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0",
                    "Cervicocranial syndrome"))));
            long episodeId = episodes.start(episode).getId();
            VisitSeries series = new VisitSeries(patientId, episodeId,
                    therapistIds[Math.floorMod(i, therapistIds.length)], VisitType.DAILY, monday,
                    VisitSeries.usualDays(2), LocalTime.of(8 + pick.nextInt(10), 0), 30, 12);
            long t0 = System.nanoTime();
            List<Visit> visits = new ArrayList<>();
            for (ProposedVisit proposed : episodes.proposeSeries(series)) {
                if (proposed.free() || proposed.freeThatDay() != null) {
                    if (!proposed.free()) {
                        proposed.visit().setStartsAt(proposed.freeThatDay());
                        moved += i >= 0 ? 1 : 0;
                    }
                    visits.add(proposed.visit());
                }
            }
            episodes.bookSeries(visits);
            if (i >= 0) {
                booking.add(System.nanoTime() - t0);
            }
        }
        StoreBenchmark.row("book a 12-visit series from the plan (propose, move clashes, book), " + rounds + " series over "
                + therapistIds.length + " therapists (" + moved + " visits moved), p50 / p95",
                String.format("%.1f / %.1f ms", booking.millis(50), booking.millis(95)), "< 1 s");
    }

    /**
     * The week calendar (issue 18): a week of the 10-therapist clinic with 400 visits (8 a day each)
     * read in one query and laid out as the calendar's columns with their free time, as opening it
     * does; moving to the next week, as full, reads and lays out again. Drawing is left out.
     */
    static void week(EpisodeService episodes, List<Long> patientIds, long[] therapistIds, long seed) throws Exception {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(30);
        SplittableRandom pick = new SplittableRandom(seed + 2);
        long[] episodeIds = new long[40];
        long[] episodePatients = new long[40];
        for (int e = 0; e < episodeIds.length; e++) {
            episodePatients[e] = patientIds.get(pick.nextInt(patientIds.size()));
            EpisodeOfCare episode = new EpisodeOfCare(episodePatients[e],
                    LocalDate.now(), "GP", LocalDate.now());
            episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0",
                    "Cervicocranial syndrome"))));
            episodeIds[e] = episodes.start(episode).getId();
        }
        int booked = 0;
        for (int day = 0; day < 12; day++) { // this week and the next, Monday to Friday
            if (day == 5 || day == 6) {
                continue;
            }
            for (long therapist : therapistIds) {
                for (int slot = 0; slot < 8; slot++) { // 08:00 to 16:00, an hour apart, 45 minutes each
                    int e = pick.nextInt(episodeIds.length);
                    Visit visit = new Visit(episodePatients[e], episodeIds[e],
                            monday.plusDays(day).atTime(8 + slot, 0), therapist, VisitType.DAILY);
                    visit.setDurationMinutes(45);
                    episodes.addVisit(visit);
                    booked++;
                }
            }
        }
        List<Long> therapists = java.util.Arrays.stream(therapistIds).boxed().toList();
        Percentiles open = new Percentiles(50);
        Percentiles move = new Percentiles(50);
        int columns = 0;
        // Each read asks for another week than the one before: H2 answers a statement asked again
        // with the same values from its last result, which made an unindexed read look fast here.
        for (int i = -10; i < 50; i++) {
            long t0 = System.nanoTime();
            columns = readAndLayOut(episodes, monday, therapists);
            long t1 = System.nanoTime();
            readAndLayOut(episodes, monday.plusWeeks(1), therapists);
            long t2 = System.nanoTime();
            if (i >= 0) {
                open.add(t1 - t0);
                move.add(t2 - t1);
            }
        }
        StoreBenchmark.row("open the week calendar: a week of " + therapistIds.length + " therapists with " + booked / 2
                + " visits read and laid out (" + columns + " columns with free time), p50 / p95",
                String.format("%.1f / %.1f ms", open.millis(50), open.millis(95)), "< 200 ms");
        StoreBenchmark.row("move a week (the next week's " + booked / 2 + " visits read and laid out), p50 / p95",
                String.format("%.1f / %.1f ms", move.millis(50), move.millis(95)), "< 100 ms");
    }

    private static int readAndLayOut(EpisodeService episodes, LocalDate monday, List<Long> therapists)
            throws Exception {
        return WeekSchedule.columns(monday, therapists,
                episodes.visitsBetween(monday, monday.plusDays(7)), OpeningHours.USUAL).size();
    }
}
