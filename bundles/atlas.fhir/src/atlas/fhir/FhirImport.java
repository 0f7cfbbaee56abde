package atlas.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

import atlas.api.validation.FieldError;
import atlas.core.form.FormResponseService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientHistory;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.core.validation.Wording;

/**
 * Patients brought in from another system's FHIR R4 export, as the command line runs it: a Bundle
 * (collection or transaction) or NDJSON (one resource per line, as FHIR Bulk Data writes it), read
 * strictly; every Patient mapped ({@link FhirPatients#fromFhir}) and checked by the register's
 * rules, with their clinical record ({@link FhirHistories}: episodes, ICD-10 diagnoses, plans of
 * care, past visits with the forms, signed notes and interventions there, headache diary,
 * red-flag screenings, documents); every other
 * resource listed as skipped with the reason, likely duplicates named (the same
 * names and birth date, or the same identifier of another system, in the file or registered
 * already) - then registered in one transaction, all or none, only when nothing is wrong and the
 * duplicates were chosen to be kept. The register checks the user's permission and every field
 * again, and audits each patient.
 */
public final class FhirImport {

    /** The most read at once: split a larger export (a Bulk Data folder is split by type already). */
    public static final long MAX_BYTES = 32L << 20;

    /** Something about one place of the file: "entry 3 (Patient)" of a Bundle, "line 3" of NDJSON. */
    public record Problem(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    /**
     * Each reason once, with its places: a record's 140 scores "scored again" are one line, not
     * 140 - the first three places named, then how many more; in the order the reasons first appear.
     */
    public static List<Problem> grouped(List<Problem> problems) {
        Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
        problems.forEach(problem -> byReason.computeIfAbsent(problem.message(), reason -> new ArrayList<>())
                .add(problem.where()));
        List<Problem> grouped = new ArrayList<>();
        byReason.forEach((reason, places) -> {
            String first = String.join(", ", places.subList(0, Math.min(3, places.size())));
            grouped.add(new Problem(places.size() > 3 ? Wording.of("fhir.places", first, places.size() - 3) : first,
                    reason));
        });
        return grouped;
    }

    /** A patient read from the file, and where. */
    public record Item(String where, Patient patient) {
    }

    /** What registering the file would do. */
    public record Check(String read, List<Item> patients, List<PatientHistory> histories, List<Problem> problems,
            List<Problem> skipped, List<Problem> likelyDuplicates, boolean numbered) {

        /** "3 episodes, 41 visits": the care brought in with the patients. */
        public int episodes() {
            return histories.stream().mapToInt(history -> history.episodes().size()).sum();
        }

        public int visits() {
            return histories.stream().flatMap(history -> history.episodes().stream())
                    .mapToInt(episode -> episode.visits().size()).sum();
        }

        /** Revisions of plans of care of those episodes. */
        public int plans() {
            return histories.stream().flatMap(history -> history.episodes().stream()).mapToInt(episode -> episode
                    .plans().size()).sum();
        }

        /** Interventions given at those visits. */
        public int interventionsGiven() {
            return atVisits(PatientHistory.PastVisit::given);
        }

        /** Signed notes of those visits, with their addenda. */
        public int notes() {
            return atVisits(PatientHistory.PastVisit::notes);
        }

        /** Forms filled at those visits (scored again when registered). */
        public int forms() {
            return atVisits(PatientHistory.PastVisit::forms);
        }

        /** How many of {@code what} all past visits hold together. */
        private int atVisits(java.util.function.Function<PatientHistory.PastVisit, List<?>> what) {
            return histories.stream().flatMap(history -> history.episodes().stream()).flatMap(episode -> episode
                    .visits().stream()).mapToInt(visit -> what.apply(visit).size()).sum();
        }

        /** Documents of the records: reports and letters printed there, files received. */
        public int documents() {
            return histories.stream().mapToInt(history -> history.documents().size()).sum();
        }

        public int diaryEntries() {
            return histories.stream().mapToInt(history -> history.diary().size()).sum();
        }

        public int screenings() {
            return histories.stream().mapToInt(history -> history.redFlags().size()).sum();
        }

        /** Whether every patient is good (and there is one); likely duplicates are for the user to decide. */
        public boolean canRegister() {
            return problems.isEmpty() && !patients.isEmpty();
        }

        public boolean mayRegister(boolean keepDuplicates) {
            return canRegister() && (keepDuplicates || likelyDuplicates.isEmpty());
        }
    }

    /** The care resources the import brings in with the patients (FhirHistories). */
    private static final java.util.Set<String> CARE = java.util.Set.of("Condition", "EpisodeOfCare", "Encounter",
            "QuestionnaireResponse", "Observation", "DocumentReference", "Provenance", "Practitioner", "PractitionerRole",
            "CarePlan", "Goal", "Procedure");

    /** A resource of the file, with where it is and the keys references reach it by. */
    private static FhirHistories.Sent sent(String where, IBaseResource resource, String fullUrl) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (fullUrl != null) {
            keys.add(fullUrl);
        }
        if (resource.getIdElement().hasIdPart()) {
            keys.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
        }
        return new FhirHistories.Sent(where, resource, keys);
    }

    private FhirImport() {
    }

    /**
     * Reads {@code content} and compares its patients with {@code register}'s; forms are checked by
     * the installed ones ({@code forms}).
     */
    public static Check check(byte[] content, PatientService register, FormResponseService forms, LocalDate today)
            throws StoreException {
        List<Problem> problems = new ArrayList<>();
        List<FhirHistories.Sent> resources = new ArrayList<>();
        String read = resources(new String(content, StandardCharsets.UTF_8), resources, problems);
        List<Item> patients = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<FhirHistories.Sent> patientsSent = new ArrayList<>();
        List<FhirHistories.Sent> care = new ArrayList<>();
        for (FhirHistories.Sent each : resources) {
            if (each.resource() instanceof org.hl7.fhir.r4.model.Patient resource) {
                FhirPatients.Read patient = FhirPatients.fromFhir(resource, today);
                patient.problems().forEach(error -> problems.add(new Problem(each.where(), error.label() + ": "
                        + error.message())));
                patients.add(new Item(each.where(), patient.patient()));
                patientsSent.add(each);
            } else if (CARE.contains(each.resource().fhirType())) {
                care.add(each);
            } else {
                skipped.add(new Problem(each.where(), Wording.of(each.resource().fhirType().equals("Questionnaire")
                        ? "fhir.questionnaire" : "fhir.notImported")));
            }
        }
        List<PatientHistory> histories = FhirHistories.of(patientsSent, care, skipped, problems, forms);
        // in the file's order, whichever step left each out
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < resources.size(); i++) {
            position.put(resources.get(i).where(), i);
        }
        skipped.sort(java.util.Comparator.comparing(problem -> position.getOrDefault(problem.where(), -1)));
        boolean numbered = !patients.isEmpty() && patients.stream().allMatch(item -> item.patient().getRecordNumber() != null);
        if (!numbered && patients.stream().anyMatch(item -> item.patient().getRecordNumber() != null)) {
            patients.stream().filter(item -> item.patient().getRecordNumber() == null).forEach(item -> problems.add(
                    new Problem(item.where(), Wording.of("fhir.numberMissing"))));
        }
        if (resources.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(Wording.of("fhir.file"), Wording.of("fhir.empty")));
        }
        return new Check(read, patients, histories, problems, skipped, duplicates(patients, register), numbered);
    }

    /**
     * Registers the checked patients in one transaction: with their Atlas record numbers when the
     * file has them, else with the next numbers of the clinic's pattern in the file's order.
     *
     * @throws ValidationException nothing saved: a patient is bad, likely duplicates were not to
     *                             be kept, or the register refused a field
     */
    public static List<Patient> register(PatientService register, Check check, boolean keepDuplicates)
            throws StoreException {
        if (!check.mayRegister(keepDuplicates)) {
            throw new ValidationException(new FieldError("file", "FHIR", check.canRegister() ? Wording.of(
                    "fhir.duplicates", check.likelyDuplicates().size()) : Wording.of("fhir.notReady",
                            check.problems().size())));
        }
        return register.importAll(check.patients().stream().map(Item::patient).toList(), check.histories(),
                check.numbered());
    }

    /** The file's resources: a Bundle's entries, a single resource, or NDJSON's lines; says how it was read. */
    private static String resources(String text, List<FhirHistories.Sent> resources, List<Problem> problems) {
        try {
            IBaseResource whole = FhirJson.read(text, IBaseResource.class);
            if (whole instanceof Bundle bundle) {
                if (bundle.getType() != Bundle.BundleType.COLLECTION && bundle.getType() != Bundle.BundleType.TRANSACTION) {
                    problems.add(new Problem(Wording.of("fhir.file"), Wording.of("fhir.bundleType",
                            bundle.getType() == null ? "?" : bundle.getType().toCode())));
                    return Wording.of("fhir.readBundle", bundle.getEntry().size());
                }
                for (int i = 0; i < bundle.getEntry().size(); i++) {
                    Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
                    if (entry.hasResource()) {
                        resources.add(sent(Wording.of("fhir.entry", i + 1, entry.getResource().fhirType()),
                                entry.getResource(), entry.getFullUrl()));
                    }
                }
                return Wording.of("fhir.readBundle", bundle.getEntry().size());
            }
            resources.add(sent(Wording.of("fhir.file"), whole, null));
            return Wording.of("fhir.readResource", whole.fhirType());
        } catch (FhirFormatException notOneResource) {
            String[] lines = text.split("\r?\n", -1);
            Optional<FhirFormatException> firstLine = firstLineProblem(lines);
            if (lines.length < 2 || firstLine.isPresent()) {
                // not NDJSON either: what the reader said of the whole is the clearer message
                problems.add(new Problem(Wording.of("fhir.file"), Wording.of("fhir.unreadable", notOneResource.getMessage())));
                return Wording.of("fhir.readNothing");
            }
            int count = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String where = Wording.of("fhir.line", i + 1);
                try {
                    resources.add(sent(where, FhirJson.read(lines[i], IBaseResource.class), null));
                } catch (FhirFormatException bad) {
                    problems.add(new Problem(where, Wording.of("fhir.unreadable", bad.getMessage())));
                }
                count++;
            }
            return Wording.of("fhir.readNdjson", count);
        }
    }

    private static Optional<FhirFormatException> firstLineProblem(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                try {
                    FhirJson.read(line, IBaseResource.class);
                    return Optional.empty();
                } catch (FhirFormatException bad) {
                    return Optional.of(bad);
                }
            }
        }
        return Optional.of(new FhirFormatException(""));
    }

    /** The file's own repeats (same names and birth date) and those the register knows already. */
    private static List<Problem> duplicates(List<Item> patients, PatientService register) throws StoreException {
        List<Problem> duplicates = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<Item> comparable = patients.stream().filter(item -> item.patient().getDateOfBirth() != null
                && item.patient().getFamilyName() != null && item.patient().getGivenName() != null).toList();
        for (Item item : comparable) {
            String first = seen.putIfAbsent(PatientQuery.personKey(item.patient()), item.where());
            if (first != null) {
                duplicates.add(new Problem(item.where(), Wording.of("fhir.sameInFile", first)));
            }
        }
        if (!comparable.isEmpty()) {
            List<Optional<String>> registered = register.likelyRegistered(comparable.stream().map(Item::patient).toList());
            for (int i = 0; i < registered.size(); i++) {
                if (registered.get(i).isPresent()) {
                    Patient patient = comparable.get(i).patient();
                    duplicates.add(new Problem(comparable.get(i).where(), Wording.of("patientImport.registered",
                            patient.displayName(), patient.getDateOfBirth().toString(), registered.get(i).get())));
                }
            }
        }
        return duplicates;
    }
}
