package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditCsv;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditQuery;
import atlas.core.clinician.Clinician;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientService;

/**
 * What an auditor and a patient may ask of the store, on every database Atlas supports: the trail
 * filtered by patient, user, action and date and exported as CSV; a patient's whole record
 * exported; a patient pseudonymised with the records kept whole.
 */
abstract class PatientRightsContract extends StoreTestBase {

    private JpaPatientService patients;
    private Patient anna;
    private EpisodeOfCare episode;

    @BeforeEach
    void annaWithAnEpisode() throws Exception {
        patients = new JpaPatientService(database, TestSessions.of(database));
        anna = patients.register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
        patients.register(ClinicalDatabaseTest.patient("P-0002", "Brandt"));
        Clinician therapist = new JpaClinicianService(database, TestSessions.of(database)).register(new Clinician("mlehmann", "Maria Lehmann, PT",
                "physiotherapist"));
        JpaEpisodeService episodes = new JpaEpisodeService(database, TestSessions.of(database));
        EpisodeOfCare started = new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 10, 28), "GP", LocalDate.of(2026, 11, 2));
        started.getDiagnoses().add(Diagnosis.icd10("G43.0", "Migraine without aura"));
        episode = episodes.start(started);
        Visit visit = episodes.addVisit(new Visit(anna.getId(), episode.getId(), LocalDateTime.of(2026, 11, 2, 9, 0),
                therapist.getId(), VisitType.INITIAL_EVALUATION));
        ClinicalNote note = new ClinicalNote(anna.getId(), visit.getId(), therapist.getId());
        note.setSubjective("Headache on 3 days a week, \"pressing\", worse at the desk.");
        new JpaClinicalNoteService(database, TestSessions.of(database)).saveDraft(note);
        SumForm ndiLike = new SumForm("test.ndi", "ndi", 5);
        SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)), ndiLike).submit(visit.getId(), "test.ndi",
                ndiLike.answersFor(24));
    }

    @Test
    void theAuditorFiltersByPatientUserActionAndDateAndExportsCsv() throws Exception {
        JpaAuditTrail trail = new JpaAuditTrail(database, TestSessions.of(database));
        List<AuditEvent> annas = trail.search(new AuditQuery(anna.getId(), null, null, null, null), 100);
        assertTrue(annas.size() >= 5, "register, episode, visit, note, form: " + annas.size());
        assertTrue(annas.stream().allMatch(event -> anna.getId().equals(event.getPatientId())));
        assertTrue(annas.get(0).getSequence() > annas.get(annas.size() - 1).getSequence(), "newest first");
        assertEquals(2, trail.search(new AuditQuery(null, null, AuditAction.CREATE, null, null), 100).stream()
                .filter(event -> event.getRecordType().equals("Patient")).count());
        String actor = annas.get(0).getActor();
        assertEquals(annas.size(), trail.search(new AuditQuery(anna.getId(), actor, null, null, null), 100).size());
        assertEquals(List.of(), trail.search(new AuditQuery(null, "someone-else", null, null, null), 100));
        LocalDate today = LocalDate.now();
        assertEquals(annas.size(), trail.search(new AuditQuery(anna.getId(), null, null, today, today), 100).size());
        assertEquals(List.of(), trail.search(new AuditQuery(anna.getId(), null, null, today.plusDays(1), null), 100));

        StringWriter csv = new StringWriter();
        AuditCsv.write(annas, csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals(annas.size() + 1, lines.length);
        assertTrue(lines[0].startsWith("sequence,occurred_at,actor,action"), lines[0]);
        assertTrue(lines[1].endsWith(annas.get(0).getHash()), "each line ends with its entry's hash");
    }

    @Test
    void aPatientsWholeRecordIsExportedAndTheExportAudited() throws Exception {
        atlas.core.patient.PatientData data = new JpaPatientDataService(database, TestSessions.of(database))
                .export(anna.getId());
        String json = atlas.fhir.FhirRecord.json(data, new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "", "", ""),
                LocalDateTime.now());
        assertTrue(json.startsWith("{\n  \"resourceType\": \"Bundle\""), json.substring(0, 60));
        for (String expected : List.of("\"family\": \"Keller\"", "\"code\": \"G43.0\"",
                "Headache on 3 days a week, ", "\"code\": \"ndi\"",
                "\"value\": 24", "\"resourceType\": \"AuditEvent\"", "\"code\": \"CREATE\"")) {
            assertTrue(json.contains(expected), expected + " in the export"); // the note's text readable in its narrative
        }
        assertFalse(json.contains("Brandt"), "nothing of another patient");
        assertEquals(AuditAction.EXPORT, new JpaAuditTrail(database, TestSessions.of(database)).eventsOfPatient(anna.getId(), 1).get(0).getAction());
    }

    @Test
    void aPseudonymisedPatientCannotBeFoundByNameAndTheRecordsStayWhole() throws Exception {
        Patient pseudonymised = new JpaPatientDataService(database, TestSessions.of(database)).pseudonymise(anna.getId(), "request of 27.11.2026");
        assertTrue(pseudonymised.getRecordNumber().startsWith("PSN-"), pseudonymised.getRecordNumber());
        assertEquals(LocalDate.of(1984, 7, 1), pseudonymised.getDateOfBirth(), "only the year of birth stays");
        assertEquals(List.of(), patients.search(PatientQuery.parse("Keller"), 0, 10));
        assertEquals(List.of(), patients.search(PatientQuery.parse("P-0001"), 0, 10));
        assertEquals(List.of(episode.getId()), new JpaEpisodeService(database, TestSessions.of(database)).episodesOf(anna.getId()).stream()
                .map(EpisodeOfCare::getId).toList(), "the episode stays linked");
        assertEquals(1, new JpaFormResponseService(database, TestSessions.of(database)).series(anna.getId(), "ndi").size());
        AuditEvent last = new JpaAuditTrail(database, TestSessions.of(database)).eventsOfPatient(anna.getId(), 1).get(0);
        assertEquals(AuditAction.PSEUDONYMISE, last.getAction());
        assertEquals("request of 27.11.2026", last.getDetail());
        assertTrue(new JpaAuditTrail(database, TestSessions.of(database)).verify().intact());
    }
}
