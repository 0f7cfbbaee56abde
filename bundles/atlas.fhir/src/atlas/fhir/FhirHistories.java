package atlas.fhir;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Reference;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.patient.PatientHistory;
import atlas.core.validation.Wording;

/**
 * The care another system sent with its patients, as Atlas keeps it: each EpisodeOfCare an episode
 * with the Conditions it names as diagnoses (those coded in ICD-10, -CM or -GM), each Encounter that
 * took place or was called off a past visit of its episode; Conditions and Encounters of no episode
 * go into one episode of the imported history, closed at its last day. What cannot be kept is
 * listed as skipped with the reason: a record of no patient in the file, without a date, a diagnosis
 * without an ICD-10 code, a visit booked ahead (made in Atlas's schedule, with a therapist).
 */
final class FhirHistories {

    /** A resource of the file, where it is, and the keys references reach it by. */
    record Sent(String where, IBaseResource resource, Set<String> keys) {
    }

    /** An episode being gathered. */
    private static final class Gathered {
        private LocalDate start;
        private LocalDate end;
        private final EpisodeStatus status;
        private final List<Diagnosis> diagnoses = new ArrayList<>();
        private final List<PatientHistory.PastVisit> visits = new ArrayList<>();
        /** The days its diagnoses were recorded on: with its visits, what an episode gathered without one spans. */
        private final List<LocalDate> recorded = new ArrayList<>();

        Gathered(LocalDate start, LocalDate end, EpisodeStatus status) {
            this.start = start;
            this.end = end;
            this.status = status;
        }

        PatientHistory.Episode episode() {
            visits.sort(Comparator.comparing(PatientHistory.PastVisit::startsAt));
            return new PatientHistory.Episode(start, end, status, Wording.of("fhir.referral"), diagnoses, visits);
        }
    }

    private final Map<String, Integer> patients = new HashMap<>();
    private final List<List<Gathered>> episodes = new ArrayList<>();
    private final List<Gathered> unassigned = new ArrayList<>();
    private final List<FhirImport.Problem> skipped;

    private FhirHistories(List<Sent> patientsSent, List<FhirImport.Problem> skipped) {
        this.skipped = skipped;
        for (int i = 0; i < patientsSent.size(); i++) {
            for (String key : patientsSent.get(i).keys()) {
                patients.put(key, i);
            }
            episodes.add(new ArrayList<>());
            unassigned.add(null);
        }
    }

    /** The history of each of {@code patientsSent}, in their order; what is left out goes to {@code skipped}. */
    static List<PatientHistory> of(List<Sent> patientsSent, List<Sent> care, List<FhirImport.Problem> skipped) {
        FhirHistories histories = new FhirHistories(patientsSent, skipped);
        Map<String, Gathered> byEpisode = new HashMap<>();
        Map<String, Sent> conditions = new HashMap<>();
        care.stream().filter(sent -> sent.resource() instanceof Condition)
                .forEach(sent -> sent.keys().forEach(key -> conditions.put(key, sent)));
        Set<Sent> named = new HashSet<>();
        for (Sent sent : care) {
            if (sent.resource() instanceof EpisodeOfCare episode) {
                Gathered gathered = histories.episode(sent, episode);
                if (gathered != null) {
                    sent.keys().forEach(key -> byEpisode.put(key, gathered));
                    for (EpisodeOfCare.DiagnosisComponent diagnosis : episode.getDiagnosis()) {
                        Sent condition = conditions.get(diagnosis.getCondition().getReference());
                        if (condition != null && named.add(condition)) {
                            histories.diagnosis(condition, gathered);
                        }
                    }
                }
            }
        }
        for (Sent sent : care) {
            if (sent.resource() instanceof Encounter encounter) {
                histories.visit(sent, encounter, byEpisode);
            } else if (sent.resource() instanceof Condition && !named.contains(sent)) {
                histories.looseDiagnosis(sent);
            }
        }
        List<PatientHistory> all = new ArrayList<>();
        for (int i = 0; i < histories.episodes.size(); i++) {
            List<PatientHistory.Episode> kept = new ArrayList<>();
            histories.episodes.get(i).forEach(gathered -> kept.add(gathered.episode()));
            Gathered loose = histories.unassigned.get(i);
            if (loose != null) {
                // from its first day to its last; a diagnosis without any date starts it today
                List<LocalDate> days = new ArrayList<>(loose.recorded);
                loose.visits.forEach(visit -> days.add(visit.startsAt().toLocalDate()));
                loose.start = days.stream().min(Comparator.naturalOrder()).orElse(LocalDate.now());
                loose.end = days.stream().max(Comparator.naturalOrder()).orElse(loose.start);
                kept.add(loose.episode());
            }
            all.add(new PatientHistory(kept));
        }
        return all;
    }

    private Integer patientOf(Sent sent, Reference subject) {
        Integer patient = subject == null ? null : patients.get(subject.getReference());
        if (patient == null) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.noPatient")));
        }
        return patient;
    }

    private Gathered episode(Sent sent, EpisodeOfCare episode) {
        Integer patient = patientOf(sent, episode.getPatient());
        if (patient == null) {
            return null;
        }
        if (!episode.getPeriod().hasStart()) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.noStart")));
            return null;
        }
        EpisodeStatus status = switch (episode.getStatus() == null ? EpisodeOfCare.EpisodeOfCareStatus.ACTIVE
                : episode.getStatus()) {
        case FINISHED -> EpisodeStatus.DISCHARGED;
        case CANCELLED, ENTEREDINERROR -> EpisodeStatus.CANCELLED;
        case ONHOLD -> EpisodeStatus.ON_HOLD;
        default -> EpisodeStatus.ACTIVE;
        };
        Gathered gathered = new Gathered(day(episode.getPeriod().getStartElement().getValueAsString()),
                episode.getPeriod().hasEnd() ? day(episode.getPeriod().getEndElement().getValueAsString()) : null, status);
        episodes.get(patient).add(gathered);
        return gathered;
    }

    /** A Condition as a diagnosis, when it is coded in an ICD-10 edition Atlas knows. */
    private void diagnosis(Sent sent, Gathered episode) {
        Condition condition = (Condition) sent.resource();
        for (Coding coding : condition.getCode().getCoding()) {
            String system = FhirRecord.DIAGNOSIS_SYSTEMS.entrySet().stream().filter(known -> known.getValue()
                    .equals(coding.getSystem())).map(Map.Entry::getKey).findFirst().orElse(null);
            if (system != null && coding.hasCode()) {
                episode.diagnoses.add(new Diagnosis(system, coding.getCode(), condition.getCode().hasText()
                        ? condition.getCode().getText() : coding.getDisplay()));
                return;
            }
        }
        skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.noIcd")));
    }

    private void looseDiagnosis(Sent sent) {
        Condition condition = (Condition) sent.resource();
        Integer patient = patientOf(sent, condition.getSubject());
        if (patient != null) {
            Gathered episode = unassigned(patient);
            if (condition.hasRecordedDate()) {
                episode.recorded.add(LocalDate.ofInstant(condition.getRecordedDate().toInstant(), ZoneId.systemDefault()));
            }
            diagnosis(sent, episode);
        }
    }

    private void visit(Sent sent, Encounter encounter, Map<String, Gathered> byEpisode) {
        Integer patient = patientOf(sent, encounter.getSubject());
        if (patient == null) {
            return;
        }
        VisitStatus status = switch (encounter.getStatus() == null ? Encounter.EncounterStatus.UNKNOWN
                : encounter.getStatus()) {
        case FINISHED -> VisitStatus.COMPLETED;
        case CANCELLED -> VisitStatus.CANCELLED;
        default -> null;
        };
        if (status == null) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.notPast")));
            return;
        }
        if (!encounter.getPeriod().hasStart()) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.noStart")));
            return;
        }
        LocalDateTime start = LocalDateTime.ofInstant(encounter.getPeriod().getStart().toInstant(), ZoneId.systemDefault());
        long minutes = encounter.getPeriod().hasEnd() ? Duration.between(encounter.getPeriod().getStart().toInstant(),
                encounter.getPeriod().getEnd().toInstant()).toMinutes() : 30;
        if (minutes < Visit.DURATION_MIN || minutes > Visit.DURATION_MAX) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.duration", minutes, Visit.DURATION_MIN,
                    Visit.DURATION_MAX)));
            return;
        }
        Gathered episode = encounter.getEpisodeOfCare().stream().map(ref -> byEpisode.get(ref.getReference()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (episode == null) {
            episode = unassigned(patient);
        }
        episode.visits.add(new PatientHistory.PastVisit(start, (int) minutes, status));
    }

    /** The patient's episode of whatever came without one, from its first day to its last (made when first needed). */
    private Gathered unassigned(int patient) {
        if (unassigned.get(patient) == null) {
            unassigned.set(patient, new Gathered(null, null, EpisodeStatus.DISCHARGED));
        }
        return unassigned.get(patient);
    }

    private static LocalDate day(String value) {
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    }
}
