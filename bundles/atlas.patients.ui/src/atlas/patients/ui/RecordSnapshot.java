package atlas.patients.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.Goal;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.store.StoreException;
import atlas.outcomes.PatientOutcomes;

/**
 * What the patient record part shows, read at once in the background: the patient, the episodes
 * (newest first) with their visits (in time order), the note of each visit, the screenings, the
 * signed plan's goals and the results they are judged on, the benefit summary and the neck
 * examination read against its reference values.
 */
record RecordSnapshot(Patient patient, List<EpisodeOfCare> episodes, Map<Long, List<Visit>> visitsByEpisode,
        Map<Long, ClinicalNote> noteByVisit, List<RedFlagScreening> screenings, Map<Long, String> clinicianNames,
        PlanOfCare signedPlan, List<Goal> goals, PatientOutcomes outcomes, Map<Long, String> scoresByVisit,
        atlas.measures.MusculoskeletalContribution.Summary benefit,
        List<atlas.measures.NeckExamFindings.Finding> neckExamination) {

    /** The services the snapshot is read from. */
    record Sources(PatientRecordService records, EpisodeService episodes, ClinicalNoteService notes,
            ClinicianService clinicians, PlanOfCareService plans) {

        /** Reads the record; the opening is written to the audit trail by the record service. */
        Optional<RecordSnapshot> read(long patientId) throws StoreException {
            Optional<PatientRecord> opened = records.open(patientId);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            PatientRecord record = opened.get();
            Map<Long, List<Visit>> visits = new LinkedHashMap<>();
            for (EpisodeOfCare episode : record.episodes()) {
                visits.put(episode.getId(), record.visits().stream()
                        .filter(visit -> visit.getEpisodeId() == episode.getId()).collect(Collectors.toList()));
            }
            Map<Long, ClinicalNote> notes = this.notes.notesOf(patientId).stream()
                    .collect(Collectors.toMap(ClinicalNote::getVisitId, Function.identity(), (first, later) -> first));
            Map<Long, String> names = clinicians.displayNames();
            EpisodeOfCare active = record.activeEpisode().orElse(null);
            PlanOfCare signed = active == null ? null : record.signedPlanOf(active.getId()).orElse(null);
            List<Goal> goals = signed == null ? List.of() : plans.goalsOf(signed.getId());
            java.time.LocalDate today = java.time.LocalDate.now();
            return Optional.of(new RecordSnapshot(record.patient(), record.episodes(), visits, notes,
                    record.redFlagScreenings(), names, signed, goals, PatientOutcomes.of(record), scoresByVisit(record),
                    active == null ? null : atlas.outcomes.BenefitFindings.summary(record, active, today),
                    active == null ? List.of() : atlas.outcomes.BenefitFindings.neckExamination(record, active, today)));
        }
    }

    /**
     * The forms filled at each visit with their main scores, "NDI 17.8 · HIT-6 62" (a score's
     * parts, such as "ndi.percent", are left to the charts).
     */
    static Map<Long, String> scoresByVisit(PatientRecord record) {
        Map<Long, String> scores = new LinkedHashMap<>();
        record.observations().stream().filter(observation -> observation.getVisitId() != null
                && !observation.getMeasureCode().contains(".")).forEach(observation -> scores.merge(
                        observation.getVisitId(), atlas.measures.Measures.shortTitle(observation.getMeasureCode()) + " "
                                + Labels.number(observation.getValue()), (earlier, next) -> earlier + " \u00b7 " + next));
        return scores;
    }

    /** The episode being treated now: the newest active one. */
    EpisodeOfCare activeEpisode() {
        return episodes.stream().filter(EpisodeOfCare::isActive).findFirst().orElse(null);
    }

    List<Visit> visitsOf(EpisodeOfCare episode) {
        return visitsByEpisode.getOrDefault(episode.getId(), List.of());
    }

    /** How the episode's referral stands: a visit completed (its note signed) is a session given. */
    atlas.core.episode.ReferralStanding referralOf(EpisodeOfCare episode) {
        return atlas.core.episode.ReferralStanding.of(episode, visitsOf(episode));
    }

    String clinicianName(Long id) {
        return id == null ? "" : clinicianNames.getOrDefault(id, "#" + id);
    }
}
