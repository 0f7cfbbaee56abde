package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinician.Clinician;
import atlas.core.patient.Patient;
import atlas.demo.DemoHistories;
import atlas.fhir.FhirComparison;
import atlas.fhir.FhirImport;
import atlas.fhir.FhirRecord;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaHeadacheDiaryService;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;
import atlas.store.internal.records.JpaRedFlagService;

/**
 * Issue 20's round trip on the record it names: five years of care (the FHIR benchmark's long-term
 * patient - an episode a year of 50 visits with the four forms at each, plans, notes, interventions
 * given, screenings and about 365 diary days a year), written by the demo data's own generator and
 * scored by the built-in forms, exported, imported into an empty Atlas and exported again: every
 * clinical resource comes back the same, apart from ids - the visits' therapists too, as clinicians of the record. (What the
 * import leaves behind by design - drafts, a flag's acknowledgement - the demo's history holds none
 * of; {@link FhirRoundTripContract} tests that they are named.)
 */
abstract class FhirFiveYearRoundTripContract extends StoreTestBase {

    private static final ClinicDetails CLINIC = new ClinicDetails("Praxis Seeblick", "", "", "");

    @Test
    void fiveYearsOfCareExportedImportedAndExportedAgainAreTheSame() throws Exception {
        Patient patient = new JpaPatientService(database, TestSessions.of(database)).register(patient("P-0005", "Brunner"));
        Clinician therapist = new JpaClinicianService(database, TestSessions.of(database))
                .register(new Clinician("mlehmann", "Maria Lehmann, PT", "physiotherapist"));
        LocalDate today = LocalDate.now();
        new DemoHistories(new DemoHistories.Services(new JpaEpisodeService(database, TestSessions.of(database)),
                new JpaClinicalNoteService(database, TestSessions.of(database)), builtInForms(database),
                new JpaHeadacheDiaryService(database, TestSessions.of(database)),
                new JpaPlanOfCareService(database, TestSessions.of(database)),
                new JpaRedFlagService(database, TestSessions.of(database))), therapist.getId())
                .write(patient, 2026, today, 5, 50, 400, true);
        String first = exported(database, patient.getId());

        JpaClinicalDatabase receiving = open(backend() == Backend.H2
                ? TestDatabases.h2(Files.createDirectories(dataFolder.resolve("receiving")))
                : TestDatabases.freshPostgresSchema(Files.createDirectories(dataFolder.resolve("receiving"))));
        JpaPatientService register = new JpaPatientService(receiving, TestSessions.of(receiving));
        atlas.forms.internal.BuiltInForms.all().forEach(register::addForm);
        FhirImport.Check check = FhirImport.check(first.getBytes(StandardCharsets.UTF_8), register,
                builtInForms(receiving), today);
        assertEquals(List.of(), check.problems());
        assertEquals(5, check.episodes());
        assertTrue(check.visits() >= 200 && check.forms() >= 4 * check.visits() && check.diaryEntries() > 1000,
                check.visits() + " visits, " + check.forms() + " forms, " + check.diaryEntries() + " diary entries");
        Patient copy = FhirImport.register(register, check, false).get(0);

        List<FhirComparison.Compared> sent = FhirComparison.clinicalResources(first);
        List<FhirComparison.Compared> back = FhirComparison.clinicalResources(exported(receiving, copy.getId()));
        assertTrue(sent.size() > 5000, sent.size() + " clinical resources");
        assertEquals(Map.of(), FhirComparison.missing(sent, back), "of " + sent.size() + " clinical resources");
        assertEquals(sent.size(), back.size(), "nothing more came back than was sent");
    }

    private static JpaFormResponseService builtInForms(JpaClinicalDatabase database) {
        JpaFormResponseService forms = new JpaFormResponseService(database, TestSessions.of(database));
        atlas.forms.internal.BuiltInForms.all().forEach(forms::addForm);
        return forms;
    }

    private static String exported(JpaClinicalDatabase from, long patientId) throws Exception {
        return FhirRecord.json(new JpaPatientDataService(from, TestSessions.of(from)).export(patientId), CLINIC,
                LocalDateTime.now());
    }
}
