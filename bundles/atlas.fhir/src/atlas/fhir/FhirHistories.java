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
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.form.FormResponseService;
import atlas.core.patient.PatientHistory;
import atlas.core.validation.Wording;

/**
 * The care another system sent with its patients, as Atlas keeps it: each EpisodeOfCare an episode
 * with the Conditions it names as diagnoses (those coded in ICD-10, -CM or -GM) and its plans of
 * care ({@link FhirPlansRead}), each Encounter that took place or was called off a past visit of
 * its episode with the forms filled ({@link FhirAnswers}), the notes signed ({@link FhirNotesRead})
 * and the interventions given at it; Conditions and Encounters of no episode go into one episode
 * of the imported history, closed at its last day; the headache diary and red-flag screenings as
 * the patient's. Scores are not taken as sent: Atlas scores each form's answers again. What cannot
 * be kept is listed as skipped with the reason: a record of no patient in the file, without a
 * date, a diagnosis without an ICD-10 code, a visit booked ahead (made in Atlas's schedule, with a
 * therapist), a form, note or intervention of no visit that took place, a score of no form, a draft.
 */
final class FhirHistories {

    /** A resource of the file, where it is, and the keys references reach it by. */
    record Sent(String where, IBaseResource resource, Set<String> keys) {
    }

    /** An episode being gathered. */
    static final class Gathered {
        private LocalDate start;
        private LocalDate end;
        private final EpisodeStatus status;
        private final List<Diagnosis> diagnoses = new ArrayList<>();
        private final List<PatientHistory.PastVisit> visits = new ArrayList<>();
        /** Its plans' revisions, oldest first (FhirPlansRead). */
        final List<PatientHistory.Plan> plans = new ArrayList<>();
        /** The days its diagnoses were recorded on: with its visits, what an episode gathered without one spans. */
        private final List<LocalDate> recorded = new ArrayList<>();

        Gathered(LocalDate start, LocalDate end, EpisodeStatus status) {
            this.start = start;
            this.end = end;
            this.status = status;
        }

        PatientHistory.Episode episode() {
            visits.sort(Comparator.comparing(PatientHistory.PastVisit::startsAt));
            return new PatientHistory.Episode(start, end, status, Wording.of("fhir.referral"), diagnoses, visits, plans);
        }
    }

    private final Map<String, Integer> patients = new HashMap<>();
    private final List<List<Gathered>> episodes = new ArrayList<>();
    private final List<Gathered> unassigned = new ArrayList<>();
    private final List<List<HeadacheDiaryEntry>> diaries = new ArrayList<>();
    private final List<List<PatientHistory.Screened>> redFlags = new ArrayList<>();
    private final List<List<PatientHistory.KeptDocument>> documents = new ArrayList<>();
    /** The forms read, by the keys of the Encounter they were filled at; taken by its visit. */
    private final Map<String, List<Sent>> formsAt = new HashMap<>();
    private final Map<Sent, PatientHistory.FilledForm> forms = new HashMap<>();
    /** Other systems' scores read as forms (FhirAnswers.measured): not listed again as scores alone. */
    private final Set<Sent> measured = new HashSet<>();
    /** The signed notes read, by the keys of the Encounter they were written at; taken by its visit. */
    private final Map<String, List<Sent>> notesAt = new HashMap<>();
    private Map<Sent, PatientHistory.SignedNote> notes = new HashMap<>();
    /** The plans read, by the keys of their CarePlan; the interventions given at a visit, by the keys of its Encounter. */
    private Map<String, FhirPlansRead.Place> plans = new HashMap<>();
    /** The clinicians of the file (authors, signers, screeners, visits' therapists), by the keys of their Practitioner. */
    private Map<String, PatientHistory.Author> authors = Map.of();
    private final Map<String, List<Sent>> procedureAt = new HashMap<>();
    private final Set<Sent> given = new HashSet<>();
    private final List<FhirImport.Problem> skipped;
    private final List<FhirImport.Problem> problems;
    private final FhirAnswers answers;

    private FhirHistories(List<Sent> patientsSent, List<FhirImport.Problem> skipped, List<FhirImport.Problem> problems) {
        this.skipped = skipped;
        this.problems = problems;
        this.answers = new FhirAnswers(skipped, problems);
        for (int i = 0; i < patientsSent.size(); i++) {
            for (String key : patientsSent.get(i).keys()) {
                patients.put(key, i);
            }
            episodes.add(new ArrayList<>());
            unassigned.add(null);
            diaries.add(new ArrayList<>());
            redFlags.add(new ArrayList<>());
            documents.add(new ArrayList<>());
        }
    }

    /**
     * The history of each of {@code patientsSent}, in their order, its forms checked by the
     * installed ones ({@code installed}); what is left out goes to {@code skipped}, what is wrong to
     * {@code problems}.
     */
    static List<PatientHistory> of(List<Sent> patientsSent, List<Sent> care, List<FhirImport.Problem> skipped,
            List<FhirImport.Problem> problems, FormResponseService installed) {
        FhirHistories histories = new FhirHistories(patientsSent, skipped, problems);
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
                        Diagnosis kept = condition != null && named.add(condition) ? histories.diagnosis(condition) : null;
                        if (kept != null) {
                            gathered.diagnoses.add(kept);
                        }
                    }
                }
            }
        }
        Set<String> responses = new HashSet<>();
        for (Sent sent : care) {
            if (sent.resource() instanceof QuestionnaireResponse response && histories.patientOf(sent,
                    response.getSubject()) != null) {
                sent.keys().forEach(responses::add);
                histories.answers.form(sent, installed).ifPresent(form -> histories.filledAt(sent, form,
                        response.getEncounter()));
            }
        }
        // another system's scores of a code an Atlas form asks for, not derived from a response of the file
        for (Sent sent : care) {
            if (sent.resource() instanceof Observation observation && FhirAnswers.answersAForm(observation)
                    && observation.getDerivedFrom().stream().noneMatch(from -> responses.contains(from.getReference()))
                    && histories.patientOf(sent, observation.getSubject()) != null) {
                histories.measured.add(sent);
                histories.answers.measured(sent, installed).ifPresent(form -> histories.filledAt(sent, form,
                        observation.getEncounter()));
            }
        }
        Map<String, PatientHistory.Author> authors = FhirNotesRead.authors(care);
        histories.authors = authors;
        Map<String, Provenance> signatures = FhirNotesRead.signatures(care);
        histories.notes = FhirNotesRead.of(care, authors, signatures, skipped);
        histories.plans = FhirPlansRead.of(care, authors, signatures, byEpisode, skipped, problems);
        care.stream().filter(sent -> sent.resource() instanceof Procedure procedure && procedure.getEncounter()
                .hasReference()).forEach(sent -> histories.procedureAt.computeIfAbsent(((Procedure) sent.resource())
                        .getEncounter().getReference(), key -> new ArrayList<>()).add(sent));
        Set<String> signed = new HashSet<>(histories.plans.keySet());
        histories.notes.forEach((sent, note) -> {
            sent.keys().forEach(signed::add);
            histories.notesAt.computeIfAbsent(FhirNotesRead.encounterOf(sent), key -> new ArrayList<>()).add(sent);
        });
        for (Sent sent : care) {
            if (sent.resource() instanceof Encounter encounter) {
                histories.visit(sent, encounter, byEpisode);
            } else if (sent.resource() instanceof Provenance provenance && provenance.getTarget().stream()
                    .noneMatch(target -> signed.contains(target.getReference()))) {
                skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.signatureOfNothing")));
            } else if (sent.resource() instanceof Practitioner || sent.resource() instanceof PractitionerRole) {
                skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.practitioner")));
            } else if (sent.resource() instanceof Condition && !named.contains(sent)) {
                histories.looseDiagnosis(sent);
            } else if (sent.resource() instanceof Observation observation) {
                histories.observation(sent, observation, responses);
            } else if (sent.resource() instanceof DocumentReference document && FhirNotesRead.kind(document) != null) {
                histories.document(sent, document);
            }
        }
        // forms whose visit did not come (booked ahead, of no patient, none named)
        histories.forms.keySet().forEach(form -> histories.skipped.add(new FhirImport.Problem(form.where(),
                Wording.of("fhir.formNoVisit"))));
        histories.notes.keySet().forEach(note -> histories.skipped.add(new FhirImport.Problem(note.where(),
                Wording.of("fhir.noteNoVisit"))));
        care.stream().filter(sent -> sent.resource() instanceof Procedure && !histories.given.contains(sent))
                .forEach(sent -> histories.skipped.add(new FhirImport.Problem(sent.where(), Wording.of(
                        "fhir.procedureNoVisit"))));
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
            all.add(new PatientHistory(kept, histories.diaries.get(i), histories.redFlags.get(i),
                    histories.documents.get(i)));
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

    /** A Condition as a diagnosis, when it is coded in an ICD-10 edition Atlas knows; else skipped (null). */
    private Diagnosis diagnosis(Sent sent) {
        Condition condition = (Condition) sent.resource();
        for (Coding coding : condition.getCode().getCoding()) {
            String system = FhirRecord.DIAGNOSIS_SYSTEMS.entrySet().stream().filter(known -> known.getValue()
                    .equals(coding.getSystem())).map(Map.Entry::getKey).findFirst().orElse(null);
            if (system != null && coding.hasCode()) {
                return new Diagnosis(system, coding.getCode(), condition.getCode().hasText()
                        ? condition.getCode().getText() : coding.getDisplay());
            }
        }
        skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.noIcd")));
        return null;
    }

    /** A diagnosis of no episode: into the patient's gathered episode (which only what goes into it makes). */
    private void looseDiagnosis(Sent sent) {
        Condition condition = (Condition) sent.resource();
        Integer patient = patientOf(sent, condition.getSubject());
        Diagnosis diagnosis = patient == null ? null : diagnosis(sent);
        if (diagnosis != null) {
            Gathered episode = unassigned(patient);
            if (condition.hasRecordedDate()) {
                episode.recorded.add(LocalDate.ofInstant(condition.getRecordedDate().toInstant(), ZoneId.systemDefault()));
            }
            episode.diagnoses.add(diagnosis);
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
        episode.visits.add(new PatientHistory.PastVisit(start, (int) minutes, status, takenBy(sent, formsAt, forms),
                takenBy(sent, notesAt, notes), given(sent, episode), authors.get(encounter.getParticipantFirstRep()
                        .getIndividual().getReference())));
    }

    /**
     * What was read at the Encounter {@code visit} ({@code at}: by the keys of the Encounter it
     * names), taken out of {@code read} - so what is left there afterwards came to no visit.
     */
    private static <T> List<T> takenBy(Sent visit, Map<String, List<Sent>> at, Map<Sent, T> read) {
        List<T> taken = new ArrayList<>();
        for (String key : visit.keys()) {
            at.getOrDefault(key, List.of()).stream().filter(read::containsKey).forEach(sent -> taken.add(read.remove(sent)));
        }
        return taken;
    }

    /** A form read from {@code sent}, to be taken by the visit of {@code encounter}. */
    private void filledAt(Sent sent, PatientHistory.FilledForm form, Reference encounter) {
        forms.put(sent, form);
        formsAt.computeIfAbsent(encounter.getReference(), key -> new ArrayList<>()).add(sent);
    }

    /** The interventions given at the visit of {@code encounter} (completed Procedures of Atlas's catalogue there). */
    private List<PatientHistory.Given> given(Sent encounter, Gathered episode) {
        List<PatientHistory.Given> all = new ArrayList<>();
        for (String key : encounter.keys()) {
            for (Sent sent : procedureAt.getOrDefault(key, List.of())) {
                Procedure procedure = (Procedure) sent.resource();
                String code = procedure.getCode().getCoding().stream().filter(coding -> FhirCare.INTERVENTION_SYSTEM
                        .equals(coding.getSystem())).map(Coding::getCode).findFirst().orElse(null);
                if (procedure.getStatus() != Procedure.ProcedureStatus.COMPLETED || code == null || !given.add(sent)) {
                    continue; // listed as left out afterwards
                }
                FhirPlansRead.Place plan = procedure.getBasedOn().stream().map(ref -> plans.get(ref.getReference()))
                        .filter(place -> place != null && place.episode() == episode).findFirst().orElse(null);
                all.add(new PatientHistory.Given(plan == null ? null : plan.index(), code, FhirPlansRead.dosage(sent,
                        procedure.getExtensionByUrl(FhirDosage.URL), problems), procedure.getOutcome().getText()));
            }
        }
        return all;
    }

    /** A document of the record (a report, a letter, a received file) as the patient's: the file, its name, when, by whom. */
    private void document(Sent sent, DocumentReference document) {
        Integer patient = patientOf(sent, document.getSubject());
        org.hl7.fhir.r4.model.Attachment file = document.getContentFirstRep().getAttachment();
        if (patient == null) {
            return;
        }
        if (!file.hasData() || !file.hasTitle() || !document.hasDate()) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.documentIncomplete")));
            return;
        }
        String by = document.getAuthorFirstRep().getDisplay();
        by = by == null || by.isBlank() ? Wording.of("fhir.importedBy") : by.strip();
        documents.get(patient).add(new PatientHistory.KeptDocument(FhirNotesRead.kind(document), file.getTitle(),
                document.getDate().toInstant(), by.length() > 40 ? by.substring(0, 40) : by, file.getData()));
    }

    /**
     * A diary entry or red-flag screening of Atlas's code systems, as the patient's; a score is
     * left out - of a form in the file, it is scored again from the form's answers.
     */
    private void observation(Sent sent, Observation observation, Set<String> responses) {
        if (measured.contains(sent)) {
            return; // read as the form it answers
        }
        Coding code = observation.getCode().getCoding().stream().filter(coding -> FhirDiary.DIARY_SYSTEM.equals(coding
                .getSystem()) || FhirDiary.RED_FLAG_SYSTEM.equals(coding.getSystem())).findFirst().orElse(null);
        if (code == null) {
            boolean ofAForm = observation.getDerivedFrom().stream().anyMatch(from -> responses.contains(from.getReference()));
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of(ofAForm ? "fhir.scoredAgain" : "fhir.scoreAlone")));
            return;
        }
        Integer patient = patientOf(sent, observation.getSubject());
        if (patient != null && FhirDiary.DIARY_SYSTEM.equals(code.getSystem())) {
            answers.attack(sent).ifPresent(diaries.get(patient)::add);
        } else if (patient != null) {
            answers.screening(sent).ifPresent(screening -> redFlags.get(patient).add(new PatientHistory.Screened(
                    screening, authors.get(observation.getPerformerFirstRep().getReference()))));
        }
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
