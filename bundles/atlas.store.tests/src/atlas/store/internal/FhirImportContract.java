package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientIdentifier;
import atlas.core.patient.PatientQuery;
import atlas.core.validation.ValidationException;
import atlas.fhir.FhirImport;
import atlas.fhir.FhirRecord;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientService;

/**
 * Patients brought in from another system's FHIR export ({@link FhirImport}), against the register
 * on every database Atlas supports: a Bundle and NDJSON read, other resources skipped with the
 * reason, likely duplicates by names and birth date and by another system's identifier, every kind
 * of bad input named, and all or nothing.
 */
abstract class FhirImportContract extends StoreTestBase {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final SumForm NPRS_LIKE = new SumForm("test.nprs", "nprs", 2);

    private JpaPatientService patients;
    private atlas.store.internal.records.JpaFormResponseService forms;
    private java.util.Locale before;

    @BeforeEach
    void aRegisteredPatient() throws Exception {
        before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH); // the messages are read word for word
        patients = new JpaPatientService(database, TestSessions.of(database));
        patients.addForm(NPRS_LIKE);
        forms = SumForm.installedIn(new atlas.store.internal.records.JpaFormResponseService(database,
                TestSessions.of(database)), NPRS_LIKE);
        Patient anna = patient("P-0001", "Keller");
        anna.getIdentifiers().add(new PatientIdentifier("AHV", "756.1234.5678.97"));
        patients.register(anna);
    }

    @org.junit.jupiter.api.AfterEach
    void restoreLocale() {
        if (before != null) { // null when the PostgreSQL run was skipped before the setup ran
            java.util.Locale.setDefault(before);
        }
    }

    private static String patientResource(String id, String number, String family, String given, String birth,
            String identifier) {
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\""
                + (number == null ? "" : ",\"identifier\":[{\"system\":\"urn:atlas:fhir:sid:record-number\",\"value\":\""
                        + number + "\"}" + (identifier == null ? "" : "," + identifier) + "]")
                + ",\"name\":[{\"family\":\"" + family + "\",\"given\":[\"" + given + "\"]}],\"gender\":\"female\""
                + (birth == null ? "" : ",\"birthDate\":\"" + birth + "\"") + "}";
    }

    private static String bundle(String type, String... resources) {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":[");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"fullUrl\":\"urn:uuid:00000000-0000-0000-0000-00000000000")
                    .append(i).append("\",\"resource\":").append(resources[i]).append('}');
        }
        return json.append("]}").toString();
    }

    private FhirImport.Check check(String text) throws Exception {
        return FhirImport.check(text.getBytes(StandardCharsets.UTF_8), patients, forms, TODAY);
    }

    @Test
    void anotherSystemsBundleIsReadCheckedAndRegisteredAllAtOnce() throws Exception {
        FhirImport.Check check = check(bundle("collection",
                patientResource("a", "F-1", "M\u00fcller", "J\u00fcrg", "1984-03-12", null),
                patientResource("b", "F-2", "Sch\u00e4r", "B\u00e9atrice", "1990-07-01", null),
                "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"urn:uuid:00000000-0000-0000-0000-000000000000\"}}",
                "{\"resourceType\":\"Medication\"}"));
        assertEquals("a Bundle of 4 entries", check.read());
        assertEquals(List.of(), check.problems());
        assertEquals(List.of(), check.likelyDuplicates());
        assertEquals(2, check.skipped().size());
        assertEquals("entry 3 (Condition): not imported: a diagnosis without an ICD-10, ICD-10-CM or ICD-10-GM code",
                check.skipped().get(0).toString());
        assertEquals("entry 4 (Medication): not imported: Atlas keeps no such record", check.skipped().get(1).toString());
        assertTrue(check.numbered());

        List<Patient> stored = FhirImport.register(patients, check, false);
        assertEquals(List.of("F-1", "F-2"), stored.stream().map(Patient::getRecordNumber).toList());
        assertEquals("B\u00e9atrice", patients.findByRecordNumber("F-2").orElseThrow().getGivenName());
        assertEquals(3, patients.count());
    }

    @Test
    void episodesDiagnosesAndPastVisitsComeWithTheirPatient() throws Exception {
        String patient = "urn:uuid:00000000-0000-0000-0000-000000000000";
        String episode = "urn:uuid:00000000-0000-0000-0000-000000000001";
        String migraine = "urn:uuid:00000000-0000-0000-0000-000000000002";
        FhirImport.Check check = check(bundle("collection",
                patientResource("p", "H-1", "Huber", "Hanna", "1975-05-05", null),
                "{\"resourceType\":\"EpisodeOfCare\",\"status\":\"finished\",\"patient\":{\"reference\":\"" + patient
                        + "\"},\"period\":{\"start\":\"2025-01-06\",\"end\":\"2025-03-03\"},\"diagnosis\":[{\"condition\":"
                        + "{\"reference\":\"" + migraine + "\"}}]}",
                "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"" + patient + "\"},\"code\":{\"coding\":"
                        + "[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"G43.0\"}],\"text\":\"Migraine\"}}",
                encounter(patient, "finished", "2025-01-06T09:00:00Z", "2025-01-06T09:45:00Z", episode),
                encounter(patient, "cancelled", "2025-01-13T09:00:00Z", "2025-01-13T09:30:00Z", episode),
                encounter(patient, "planned", "2027-01-01T09:00:00Z", "2027-01-01T09:30:00Z", episode),
                encounter(patient, "finished", "2025-06-02T14:00:00Z", "2025-06-02T14:30:00Z", null),
                "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"" + patient + "\"},\"code\":{\"coding\":"
                        + "[{\"system\":\"http://fhir.de/CodeSystem/bfarm/icd-10-gm\",\"code\":\"M53.0\"}]}}",
                "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/nobody\"},\"code\":{\"text\":\"?\"}}"));
        assertEquals(List.of(), check.problems());
        assertEquals(List.of("entry 6 (Encounter): not imported: a visit booked ahead or under way is made in Atlas's"
                + " schedule, with a therapist", "entry 9 (Condition): not imported: it belongs to no patient of the file"),
                check.skipped().stream().map(Object::toString).toList());
        assertEquals(2, check.episodes());
        assertEquals(3, check.visits());

        Patient hanna = FhirImport.register(patients, check, false).get(0);
        atlas.core.patient.PatientRecord record = new atlas.store.internal.records.JpaPatientRecordService(database,
                TestSessions.of(database)).open(hanna.getId()).orElseThrow();
        java.util.Map<LocalDate, atlas.core.episode.EpisodeOfCare> episodes = new java.util.TreeMap<>();
        record.episodes().forEach(each -> episodes.put(each.getStartDate(), each));
        atlas.core.episode.EpisodeOfCare first = episodes.get(LocalDate.of(2025, 1, 6));
        assertEquals(atlas.core.episode.EpisodeStatus.DISCHARGED, first.getStatus());
        assertEquals(LocalDate.of(2025, 3, 3), first.getEndDate());
        assertEquals("G43.0 Migraine", first.getDiagnoses().get(0).getCode() + " " + first.getDiagnoses().get(0).getText());
        atlas.core.episode.EpisodeOfCare loose = episodes.get(LocalDate.of(2025, 6, 2));
        assertEquals("ICD-10-GM M53.0", loose.getDiagnoses().get(0).getCodeSystem() + " " + loose.getDiagnoses().get(0)
                .getCode());
        assertEquals(List.of(atlas.core.episode.VisitStatus.COMPLETED, atlas.core.episode.VisitStatus.CANCELLED,
                atlas.core.episode.VisitStatus.COMPLETED), record.visits().stream().map(
                        atlas.core.episode.Visit::getStatus).toList());
        assertEquals(45, record.visits().get(0).getDurationMinutes());
        assertEquals(atlas.core.episode.VisitType.INITIAL_EVALUATION, record.visits().get(0).getType());
    }

    @Test
    void atlasOwnExportBringsThePatientsEpisodesAndVisitsBack() throws Exception {
        Patient anna = patients.findByRecordNumber("P-0001").orElseThrow();
        atlas.store.internal.records.JpaEpisodeService care = new atlas.store.internal.records.JpaEpisodeService(database,
                TestSessions.of(database));
        atlas.core.episode.EpisodeOfCare started = new atlas.core.episode.EpisodeOfCare(anna.getId(),
                LocalDate.of(2026, 10, 28), "GP", LocalDate.of(2026, 11, 2));
        started.getDiagnoses().add(atlas.core.episode.Diagnosis.icd10("G43.0", "Migraine without aura"));
        started = care.start(started);
        care.addVisit(new atlas.core.episode.Visit(anna.getId(), started.getId(), LocalDateTime.of(2026, 11, 2, 9, 0),
                null, atlas.core.episode.VisitType.INITIAL_EVALUATION));
        String exported = FhirRecord.json(new JpaPatientDataService(database, TestSessions.of(database))
                .export(anna.getId()), new atlas.core.clinic.ClinicDetails("Praxis", "", "", ""), LocalDateTime.now());

        // the same record as another clinic's Atlas: another number and name, so not a duplicate here
        FhirImport.Check check = check(exported.replace("P-0001", "X-0001").replace("Keller", "Kellerhals")
                .replace("756.1234.5678.97", "756.0000.0000.00"));
        assertEquals(List.of(), check.problems());
        assertEquals(List.of(), check.likelyDuplicates());
        assertEquals(1, check.episodes());
        Patient copy = FhirImport.register(patients, check, false).get(0);
        atlas.core.patient.PatientRecord record = new atlas.store.internal.records.JpaPatientRecordService(database,
                TestSessions.of(database)).open(copy.getId()).orElseThrow();
        assertEquals(List.of("G43.0"), record.episodes().get(0).getDiagnoses().stream()
                .map(atlas.core.episode.Diagnosis::getCode).toList());
        assertEquals(LocalDate.of(2026, 11, 2), record.episodes().get(0).getStartDate());
        assertEquals(List.of(), record.visits(), "a booked visit is not brought in: it is made in the schedule");
    }

    private static String encounter(String patient, String status, String start, String end, String episode) {
        return "{\"resourceType\":\"Encounter\",\"status\":\"" + status + "\",\"class\":{\"code\":\"AMB\"},"
                + "\"subject\":{\"reference\":\"" + patient + "\"},\"period\":{\"start\":\"" + start + "\",\"end\":\""
                + end + "\"}" + (episode == null ? "" : ",\"episodeOfCare\":[{\"reference\":\"" + episode + "\"}]") + "}";
    }

    @Test
    void likelyDuplicatesAreNamedByNameAndBirthDateAndByAnotherSystemsIdentifier() throws Exception {
        // Atlas's own export of Anna, read back: the same person (and the same record number)
        String annasRecord = FhirRecord.json(new JpaPatientDataService(database, TestSessions.of(database))
                .export(patients.findByRecordNumber("P-0001").orElseThrow().getId()), new atlas.core.clinic.ClinicDetails(
                        "Praxis", "", "", ""), LocalDateTime.now());
        FhirImport.Check again = check(annasRecord);
        assertEquals(1, again.patients().size());
        assertEquals(1, again.likelyDuplicates().size(), again.likelyDuplicates().toString());
        assertTrue(again.likelyDuplicates().get(0).message().contains("is likely P-0001, registered already"));
        assertFalse(again.mayRegister(false));
        assertThrows(ValidationException.class, () -> FhirImport.register(patients, again, false));

        // another name, but the same AHV number; and a repeat inside the file
        String sameAhv = "{\"type\":{\"text\":\"AHV\"},\"value\":\"756.1234.5678.97\"}";
        FhirImport.Check other = check(bundle("transaction",
                patientResource("x", "T-1", "Kellner", "Anne", "1984-03-21", sameAhv),
                patientResource("y", "T-2", "Roth", "Lea", "1970-01-01", null),
                patientResource("z", "T-3", "ROTH", "L\u00e9a", "1970-01-01", null)));
        assertEquals(List.of("entry 3 (Patient): looks like entry 2 (Patient) of the file (the same names and date of birth)",
                "entry 1 (Patient): Kellner, Anne, born 1984-03-21, is likely P-0001, registered already"),
                other.likelyDuplicates().stream().map(Object::toString).toList());
        assertEquals(3, FhirImport.register(patients, other, true).size(), "kept when the user chooses to");
    }

    @Test
    void badInputIsNamedAndNothingIsImported() throws Exception {
        FhirImport.Check malformed = check("{\"resourceType\":\"Patient\",\"name\":[");
        assertEquals(1, malformed.problems().size());
        assertTrue(malformed.problems().get(0).toString().startsWith("the file: not FHIR R4 JSON: "),
                malformed.problems().get(0).toString());

        FhirImport.Check unknownType = check(bundle("collection", patientResource("a", "U-1", "Ulm", "Uta", "1980-01-01",
                null), "{\"resourceType\":\"Headache\",\"id\":\"h\"}"));
        assertTrue(unknownType.problems().get(0).message().contains("Headache"), unknownType.problems().toString());
        assertTrue(unknownType.patients().isEmpty(), "a Bundle HAPI cannot read is not read in part");

        FhirImport.Check noBirthDate = check(bundle("collection", patientResource("a", "B-1", "Berg", "Bea", null, null),
                patientResource("b", "B-2", "Berg", "Ben", "1975", null)));
        assertEquals(List.of("entry 1 (Patient): Date of birth: the patient has no birth date; Atlas needs it to tell"
                + " patients apart", "entry 2 (Patient): Date of birth: 1975 is not a whole date (year, month and day);"
                        + " Atlas needs the day of birth"), noBirthDate.problems().stream().map(Object::toString).toList());
        assertThrows(ValidationException.class, () -> FhirImport.register(patients, noBirthDate, true));

        FhirImport.Check searchset = check(bundle("searchset", patientResource("a", "S-1", "Sand", "Sia", "1980-01-01", null)));
        assertTrue(searchset.problems().get(0).message().contains("\"searchset\""), searchset.problems().toString());

        FhirImport.Check ndjson = check(patientResource("a", "N-1", "Nagel", "Nora", "1980-01-01", null) + "\n"
                + "{\"resourceType\":\"Patient\",\"birthDate\":\"not a date\"}\n\n"
                + patientResource("c", null, "Nagel", "Nils", "1981-01-01", null) + "\n");
        assertEquals("NDJSON of 3 resources, one per line", ndjson.read());
        assertTrue(ndjson.problems().get(0).toString().startsWith("line 2: not FHIR R4 JSON: "), ndjson.problems().toString());
        assertTrue(ndjson.problems().get(1).toString().startsWith("line 4: has no Atlas record number"),
                ndjson.problems().toString());
        assertFalse(ndjson.canRegister());

        assertEquals(List.of("the file: holds no FHIR resources"), check(bundle("collection")).problems()
                .stream().map(Object::toString).toList());
        assertEquals(1, patients.count(), "nothing of any of them registered");
        assertEquals(List.of(), patients.search(PatientQuery.parse("Nagel"), 0, 10));
    }
}
