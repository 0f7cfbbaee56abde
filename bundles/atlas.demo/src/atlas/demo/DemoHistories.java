package atlas.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Discharge;
import atlas.core.episode.DischargeReason;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.form.FormResponseService;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.plan.Dosage;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;
import atlas.core.plan.PlannedIntervention;
import atlas.core.store.StoreException;
import atlas.measures.PatientSpecificFunctionalScale;

/**
 * Synthetic clinical histories with plausible course: an episode with a migraine, cervicogenic
 * or jaw-related diagnosis, twice-weekly visits for six weeks then spacing out (Jull 2002: 8-12
 * sessions over about 6 weeks), signed SOAP notes, NDI and HIT-6 at intake and every progress
 * report with scores that improve by about the MCID (NDI 5.5, HIT-6 6; Young 2019, Smelt 2014),
 * and a headache diary whose frequency halves in responders. Deterministic for a given seed.
 */
public final class DemoHistories {

    /** The services a history is written through, so the same validation and audit apply. */
    public record Services(EpisodeService episodes, ClinicalNoteService notes, FormResponseService forms,
            HeadacheDiaryService diary, PlanOfCareService plans, RedFlagService redFlags) {
    }

    /** WHO ICD-10 codes with their titles from CommonDiagnoses, so each reader sees them in their language. */
    private static final String[][] DIAGNOSES = { { "G43.0", "Migraine without aura" },
            { "M53.0", "Cervicocranial syndrome" }, { "K07.6", "Temporomandibular joint disorders" },
            { "G44.2", "Tension-type headache" } };

    private final Services services;
    private final long clinicianId;

    public DemoHistories(Services services, long clinicianId) {
        this.services = services;
        this.clinicianId = clinicianId;
    }

    /**
     * Writes {@code years} of care for the patient, ending on {@code today}: one episode a year,
     * each of {@code visitsPerEpisode} visits, four forms (NDI, HIT-6, NPRS, PSFS) at intake, every
     * fifth visit and discharge (or at every visit), and a diary of about
     * {@code diaryDaysPerYear} headache days a year. Returns the number of records written.
     */
    public int write(Patient patient, long seed, LocalDate today, int years, int visitsPerEpisode, int diaryDaysPerYear,
            boolean formsEveryVisit) throws StoreException {
        SplittableRandom random = new SplittableRandom(seed ^ patient.getId());
        int written = 0;
        for (int year = years; year >= 1; year--) {
            LocalDate start = today.minusYears(year).plusDays(random.nextInt(30));
            written += episode(patient, random, start, today, visitsPerEpisode, formsEveryVisit, false);
            written += diary(patient, random, start, today, diaryDaysPerYear);
        }
        return written;
    }

    /**
     * Writes an episode still in treatment: begun about three weeks before {@code today}, with
     * {@code visits} visits so far (forms at intake and every fifth). Returns the records written.
     */
    public int writeCurrent(Patient patient, long seed, LocalDate today, int visits) throws StoreException {
        SplittableRandom random = new SplittableRandom(seed ^ patient.getId() ^ 0x5eed);
        return episode(patient, random, today.minusDays(4L * visits), today, visits, false, true);
    }

    /**
     * An episode; unless {@code ongoing}, its last visit is the discharge and it ends there. Visits
     * stop at {@code today}: a course that would run past it stays in treatment, undischarged.
     */
    private int episode(Patient patient, SplittableRandom random, LocalDate start, LocalDate today, int visits,
            boolean formsEveryVisit, boolean ongoing) throws StoreException {
        String[] diagnosis = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), start.minusDays(7), "GP", start);
        episode.getDiagnoses().add(Diagnosis.icd10(diagnosis[0], diagnosis[1]));
        episode = services.episodes().start(episode);
        // screened at intake, all negative, as the gate asks before the plan's neck mobilisation
        services.redFlags().record(new RedFlagScreening(patient.getId(), start.atTime(7, 30), clinicianId, List.of()));
        int written = 2 + plan(patient, episode, start);
        double ndi = 18 + random.nextInt(14);
        double hit6 = 58 + random.nextInt(12);
        boolean responder = random.nextInt(3) != 0;
        LocalDateTime at = start.atTime(8 + random.nextInt(9), 0);
        for (int n = 1; n <= visits; n++) {
            VisitType type = n == 1 ? VisitType.INITIAL_EVALUATION : n == visits && !ongoing ? VisitType.DISCHARGE
                    : n % 10 == 0 ? VisitType.PROGRESS_REPORT : VisitType.DAILY;
            at = freeStart(at, type);
            if (at.toLocalDate().isAfter(today)) {
                break; // a long course that reaches today is still in treatment: history ends here
            }
            Visit visit = services.episodes().addVisit(new Visit(patient.getId(), episode.getId(), at, clinicianId, type));
            ClinicalNote note = new ClinicalNote(patient.getId(), visit.getId(), clinicianId);
            note.setSubjective("Headache days this week: " + random.nextInt(4) + ". Neck stiffness on waking.");
            note.setObjective("FRT left " + (30 + random.nextInt(15)) + " deg, right " + (28 + random.nextInt(15)) + " deg.");
            note.setAssessment(responder ? "Improving as expected." : "Slow progress; review plan.");
            note.setPlan("Continue deep neck flexor training; C1-C2 self-SNAG at home.");
            note = services.notes().saveDraft(note);
            services.notes().sign(note.getId(), clinicianId);
            written += 2;
            if (formsEveryVisit || n == 1 || n % 5 == 0 || n == visits) {
                written += scores(visit, ndi, hit6);
                ndi = Math.max(0, ndi - (responder ? 1.5 + random.nextDouble() * 1.5 : random.nextDouble()));
                hit6 = Math.max(36, hit6 - (responder ? 1.5 + random.nextDouble() * 1.5 : random.nextDouble()));
            }
            if (n == visits && !ongoing) {
                // the discharge visit's note is signed: the reason says the rest
                episode = services.episodes().discharge(episode.getId(), new Discharge(at.toLocalDate(),
                        responder ? DischargeReason.GOALS_MET : DischargeReason.PLATEAU, ""));
            }
            at = at.plusDays(n < 12 ? 3 + random.nextInt(2) : 10 + random.nextInt(8));
        }
        return written;
    }

    /**
     * The therapist's first free time from {@code wanted} within the clinic's day (8:00 to 18:00),
     * else from 8:00 on the days after: the store refuses a therapist booked twice at once, for demo
     * data as for everyone.
     */
    private LocalDateTime freeStart(LocalDateTime wanted, VisitType type) throws StoreException {
        int minutes = Visit.defaultMinutes(type);
        LocalDateTime at = services.episodes().nextFreeStart(clinicianId, wanted, minutes);
        while (!at.toLocalDate().equals(at.plusMinutes(minutes).toLocalDate())
                || at.toLocalTime().plusMinutes(minutes).isAfter(java.time.LocalTime.of(18, 0))) {
            at = services.episodes().nextFreeStart(clinicianId, at.toLocalDate().plusDays(1).atTime(8, 0), minutes);
        }
        return at;
    }

    private int plan(Patient patient, EpisodeOfCare episode, LocalDate start) throws StoreException {
        PlanOfCare plan = new PlanOfCare(patient.getId(), episode.getId(), 1, null);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plan.setPlannedVisits(12);
        plan.setReEvaluationDate(start.plusWeeks(6));
        plan = services.plans().createDraft(plan);
        services.plans().addGoal(new Goal(plan.getId(), GoalTerm.SHORT, "ndi", null, 14.0, start.plusWeeks(6)));
        services.plans().addGoal(new Goal(plan.getId(), GoalTerm.LONG, "hit6", null, 55.0, start.plusWeeks(12)));
        services.plans().addIntervention(new PlannedIntervention(plan.getId(), "exercise.dnf",
                Dosage.exercise(1, 10, 10, "24 mmHg", 7), true));
        Dosage mobilisation = new Dosage();
        mobilisation.setGrade("III");
        mobilisation.setSideOrSegment("C1-C2");
        services.plans().addIntervention(new PlannedIntervention(plan.getId(), "manual.mobilisation", mobilisation, false));
        services.plans().sign(plan.getId(), clinicianId);
        return 5;
    }

    /**
     * The forms of a visit, submitted as a therapist would: answers that give about the course's
     * scores, scored by each form's own definition through the form service.
     */
    private int scores(Visit visit, double ndi, double hit6) throws StoreException {
        FormResponseService forms = services.forms();
        forms.submit(visit.getId(), "atlas.ndi", ndiAnswers((int) Math.round(ndi)));
        forms.submit(visit.getId(), "atlas.hit6", hit6Answers((int) Math.round(hit6)));
        long pain = Math.min(10, Math.round(ndi / 4));
        forms.submit(visit.getId(), "atlas.nprs", Map.of("nprs", Long.toString(pain)));
        long function = Math.max(0, Math.min(10, Math.round(10 - ndi / 5)));
        Map<String, String> psfs = new LinkedHashMap<>();
        String[] activities = { "Working at the computer for an hour", "Reading for 30 minutes",
                "Sleeping through the night" };
        for (int n = 1; n <= activities.length; n++) {
            psfs.put(PatientSpecificFunctionalScale.nameItem(n), activities[n - 1]);
            long rating = Math.min(10, Math.max(0, function - n + 2)); // every answer within the scale's 0-10
            psfs.put(PatientSpecificFunctionalScale.ratingItem(n), Long.toString(rating));
        }
        forms.submit(visit.getId(), PatientSpecificFunctionalScale.FORM_ID, psfs);
        // the restricted side gains range as the disability falls (FRT positive at 32 or less, Hall 2008);
        // active rotation to that side and the trapezius threshold follow it
        long restricted = Math.round(Math.max(10, Math.min(44, 20 + (30 - ndi) * 1.2)));
        Map<String, String> neck = new LinkedHashMap<>();
        neck.put("frt.left", Long.toString(restricted));
        neck.put("frt.right", "42");
        neck.put("rom.flexion", "48");
        neck.put("rom.extension", Long.toString(Math.round(Math.min(70, 40 + (30 - ndi)))));
        neck.put("rom.rotationLeft", Long.toString(Math.min(80, 50 + restricted / 2)));
        neck.put("rom.rotationRight", "76");
        neck.put("ppt.upperTrapezius.left", Long.toString(Math.round(Math.min(320, 160 + (30 - ndi) * 6))));
        neck.put("ppt.upperTrapezius.right", "300");
        neck.put("ppt.tibialisAnterior.left", "420");
        neck.put("ppt.tibialisAnterior.right", "410");
        forms.submit(visit.getId(), "atlas.neckExam", neck);
        return 10;
    }

    /** Ten NDI sections (0-5 each) that add up to {@code raw}. */
    static Map<String, String> ndiAnswers(int raw) {
        int total = Math.max(0, Math.min(50, raw));
        Map<String, String> answers = new LinkedHashMap<>();
        for (int section = 1; section <= 10; section++) {
            answers.put("ndi." + section, Integer.toString(total / 10 + (section <= total % 10 ? 1 : 0)));
        }
        return answers;
    }

    /**
     * Six HIT-6 answers (weights 6, 8, 10, 11, 13) whose total is {@code total}, or the nearest
     * total below it that the weights can make (37 and 39 cannot be made).
     */
    static Map<String, String> hit6Answers(int total) {
        int[] extras = { 7, 5, 4, 2, 0 }; // each weight above the lowest, 6
        // reachable[k]: the extra totals k items can add up to
        List<java.util.Set<Integer>> reachable = new ArrayList<>();
        reachable.add(java.util.Set.of(0));
        for (int k = 1; k <= 6; k++) {
            java.util.Set<Integer> sums = new java.util.HashSet<>();
            for (int before : reachable.get(k - 1)) {
                for (int extra : extras) {
                    sums.add(before + extra);
                }
            }
            reachable.add(sums);
        }
        int left = Math.max(36, Math.min(78, total)) - 36;
        while (!reachable.get(6).contains(left)) {
            left--;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int item = 1; item <= 6; item++) {
            for (int extra : extras) {
                if (extra <= left && reachable.get(6 - item).contains(left - extra)) {
                    answers.put("hit6." + item, Integer.toString(6 + extra));
                    left -= extra;
                    break;
                }
            }
        }
        return answers;
    }

    private int diary(Patient patient, SplittableRandom random, LocalDate start, LocalDate today, int days)
            throws StoreException {
        List<HeadacheDiaryEntry> entries = new ArrayList<>(days);
        for (int day = 0; day < 365 && entries.size() < days && start.plusDays(day).isBefore(today); day++) {
            // Fewer headache days as the year goes on: the responders' course.
            if (random.nextInt(365) < days * (1.4 - day / 365.0)) {
                HeadacheDiaryEntry entry = new HeadacheDiaryEntry(patient.getId(),
                        start.plusDays(day).atTime(6 + random.nextInt(14), random.nextInt(60)),
                        30 + random.nextInt(600), 3 + random.nextInt(7));
                entry.setSide(HeadacheSide.values()[random.nextInt(3)]);
                entry.setPulsating(random.nextBoolean());
                entry.setNauseaOrVomiting(random.nextInt(3) == 0);
                entry.setProvokedByNeck(random.nextInt(2) == 0);
                if (random.nextInt(3) == 0) {
                    entry.setMedicationClass(random.nextBoolean() ? MedicationClass.TRIPTAN : MedicationClass.NSAID);
                    entry.setReliefAtTwoHours(random.nextBoolean());
                }
                entries.add(entry);
            }
        }
        services.diary().recordAll(entries);
        return entries.size();
    }
}
