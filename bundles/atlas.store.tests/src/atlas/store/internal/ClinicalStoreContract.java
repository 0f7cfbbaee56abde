package atlas.store.internal;

import static atlas.store.internal.ClinicalDatabaseTest.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditTrail;
import atlas.core.audit.AuditVerification;
import atlas.core.dates.ClinicDates;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientIdentifier;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.patient.PatientSummary;
import atlas.core.store.RecordConflictException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaPatientService;

/**
 * What the patient register and the audit trail must do on every database Atlas supports; run
 * once on an embedded H2 file and once on a PostgreSQL server by the two subclasses.
 */
abstract class ClinicalStoreContract extends StoreTestBase {

    private static final ClinicDates GERMAN_DATES = new ClinicDates(Locale.GERMAN);
    private static final ClinicDates US_DATES = new ClinicDates(Locale.US);

    PatientService patients;
    AuditTrail audit;

    @BeforeEach
    void openRegister() {
        patients = new JpaPatientService(database, TestSessions.of(database));
        audit = new JpaAuditTrail(database, TestSessions.of(database));
    }

    @Test
    void aDuplicateRecordNumberIsRefusedAndNothingOfTheBatchIsSaved() throws Exception {
        patients.register(patient("P-0001", "Keller"));
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.registerAll(
                List.of(patient("P-0002", "Novak"), patient("P-0001", "Moreau"))));
        FieldError error = refused.errors().get(0);
        assertEquals("recordNumber", error.field());
        assertTrue(error.message().contains("P-0001 is already in use"), error.message());
        assertEquals(1, patients.count(), "Novak was not saved either");
    }

    @Test
    void anInvalidPatientIsRefusedBeforeAnythingIsWritten() throws Exception {
        Patient future = patient("P-0003", "Keller");
        future.setDateOfBirth(LocalDate.now().plusYears(1));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> patients.registerAll(List.of(patient("P-0004", "Novak"), future)));
        assertEquals("dateOfBirth", refused.errors().get(0).field());
        assertEquals(0, patients.count());
    }

    @Test
    void theListIsInNameOrderAndPaged() throws Exception {
        patients.registerAll(List.of(patient("P-3", "Weber"), patient("P-1", "andersen"), patient("P-2", "Moreau")));
        assertEquals(List.of("andersen", "Moreau"), names(patients.list(0, 2)), "case does not change the order");
        assertEquals(List.of("Weber"), names(patients.list(2, 2)));
        assertEquals(3, patients.count());
    }

    @Test
    void everyRegisteredPatientGetsItsOwnPositiveId() throws Exception {
        List<Patient> stored = patients.registerAll(List.of(patient("P-1", "A"), patient("P-2", "B")));
        assertTrue(stored.get(0).getId() > 0);
        assertTrue(stored.get(1).getId() > stored.get(0).getId());
    }

    @Test
    void searchFindsByNamePrefixRecordNumberAndDateOfBirth() throws Exception {
        Patient keller = patient("P-2026-0001", "Keller");
        Patient kellner = patient("P-2026-0002", "Kellner");
        kellner.setGivenName("Jonas");
        kellner.setDateOfBirth(LocalDate.of(1971, 2, 3));
        Patient percent = patient("X-0003", "Ke%ler");
        patients.registerAll(List.of(keller, kellner, percent, patient("P-2025-0100", "Novak")));

        assertEquals(List.of("Keller", "Kellner"), names(patients.search(PatientQuery.parse("kell"), 0, 10)));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("kel, jo"), 0, 10)));
        assertEquals(List.of("Ke%ler"), names(patients.search(PatientQuery.parse("ke%"), 0, 10)),
                "typed wildcards are taken literally");
        assertEquals(List.of("Keller", "Kellner"), names(patients.search(PatientQuery.parse("p-2026"), 0, 10)));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("3.2.1971", GERMAN_DATES), 0, 10)));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("2/3/1971", US_DATES), 0, 10)));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("1971-02-03", US_DATES), 0, 10)));
        assertEquals(2, patients.count(PatientQuery.parse("KELL")));
        assertEquals(List.of("Kellner"), names(patients.search(PatientQuery.parse("kell"), 1, 10)), "second page");
        List<PatientSummary> lines = patients.searchSummaries(PatientQuery.parse("kel, jo"), 0, 10);
        assertEquals(1, lines.size());
        assertEquals(new PatientSummary(kellner.getId(), "P-2026-0002", "Kellner", "Jonas", LocalDate.of(1971, 2, 3),
                kellner.getSex(), null), lines.get(0));
        assertEquals(List.of("P-2026-0001", "P-2026-0002"), patients.searchSummaries(PatientQuery.parse("p-2026"), 0, 10)
                .stream().map(PatientSummary::recordNumber).collect(Collectors.toList()));
    }

    @Test
    void searchFoldsCaseAccentsAndUmlautSpellings() throws Exception {
        Patient lukasz = patient("P-3", "Dvo\u0159\u00e1k");
        lukasz.setGivenName("\u0141ukasz");
        patients.registerAll(List.of(patient("P-1", "M\u00fcller"), patient("P-2", "\u015eahin"), lukasz,
                patient("P-4", "Mueller"), patient("P-5", "Strau\u00df"), patient("P-6", "\u0110or\u0111evi\u0107"),
                patient("P-7", "Molina")));
        for (String typed : List.of("muller", "mueller", "M\u00fcller", "MUL", "mue")) {
            assertEquals(List.of("M\u00fcller", "Mueller"), names(patients.search(PatientQuery.parse(typed), 0, 10)), typed);
        }
        assertEquals(List.of("\u015eahin"), names(patients.search(PatientQuery.parse("sahin"), 0, 10)));
        assertEquals(List.of("Dvo\u0159\u00e1k"), names(patients.search(PatientQuery.parse("dvorak, luk"), 0, 10)));
        assertEquals(List.of("Strau\u00df"), names(patients.search(PatientQuery.parse("strauss"), 0, 10)));
        assertEquals(List.of("\u0110or\u0111evi\u0107"), names(patients.search(PatientQuery.parse("dordevic"), 0, 10)));
        assertEquals(1, patients.count(PatientQuery.parse("sahin")));
    }

    @Test
    void furtherIdentifiersAreKeptInOrderAndValidatedByPosition() throws Exception {
        Patient anna = patient("P-0001", "Keller");
        anna.getIdentifiers().add(new PatientIdentifier("insurance:AOK", "A123456789"));
        anna.getIdentifiers().add(new PatientIdentifier("nhs", "943 476 5919"));
        patients.register(anna);
        assertEquals(List.of(new PatientIdentifier("insurance:AOK", "A123456789"), new PatientIdentifier("nhs", "943 476 5919")),
                patients.findByRecordNumber("P-0001").orElseThrow().getIdentifiers());

        Patient bad = patient("P-0002", "Novak");
        bad.getIdentifiers().add(new PatientIdentifier("insurance:TK", " "));
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.register(bad));
        assertEquals("identifiers[1].value", refused.errors().get(0).field());
        assertEquals(1, patients.count());
    }

    @Test
    void anUpdateIsSavedAndRaisesTheVersion() throws Exception {
        Patient stored = patients.register(patient("P-0001", "Keller"));
        stored.setFamilyName("Keller-Novak");
        Patient updated = patients.update(stored);
        assertEquals(stored.getVersion() + 1, updated.getVersion());
        assertEquals(List.of("Keller-Novak"), names(patients.search(PatientQuery.parse("keller-n"), 0, 10)),
                "search keys follow the new name");
    }

    @Test
    void theSecondOfTwoWorkstationsSavingTheSamePatientGetsAConflictAndTheFirstChangeStays() throws Exception {
        patients.register(patient("P-0001", "Keller"));
        PatientService other = TestSessions.on(secondWorkstation(), JpaPatientService::new);
        Patient mine = patients.findByRecordNumber("P-0001").orElseThrow();
        Patient theirs = other.findByRecordNumber("P-0001").orElseThrow();

        theirs.setReferrer("Dr. M. Lindqvist (neurology)");
        other.update(theirs);
        mine.setReferrer("Dr. A. Berger (GP)");
        RecordConflictException conflict = assertThrows(RecordConflictException.class, () -> patients.update(mine));

        assertTrue(conflict.getMessage().startsWith("Patient P-0001 (Keller, Anna) was changed"), conflict.getMessage());
        assertEquals("Dr. M. Lindqvist (neurology)",
                patients.findByRecordNumber("P-0001").orElseThrow().getReferrer());
    }

    @Test
    void editedDetailsAreAuditedWithOldAndNewValuesAndABadOneSavesNothing() throws Exception {
        Patient keller = patients.register(patient("P-0001", "Keller"));
        keller.setContact(new atlas.core.patient.ContactDetails("044 111 22 33", null, "Seestrasse 1\n8008 Z\u00fcrich"));
        keller.setInsuranceName("Helsana");
        keller.setInsuranceNumber("80756 01234");
        keller = patients.update(keller);
        keller.setContact(new atlas.core.patient.ContactDetails("044 999 88 77", null, "Seestrasse 1\n8008 Z\u00fcrich"));
        keller.setEmergencyName("Tom Keller (husband)");
        keller.setEmergencyPhone("079 123 45 67");
        keller = patients.update(keller);
        Patient read = patients.find(keller.getId()).orElseThrow();
        assertEquals("Tom Keller (husband)", read.getEmergencyName());
        assertEquals("80756 01234", read.getInsuranceNumber());
        String detail = audit.events(1, 100).stream().filter(event -> event.getAction() == AuditAction.UPDATE)
                .reduce((first, second) -> second).orElseThrow().getDetail();
        assertEquals("P-0001: phone: 044 111 22 33 -> 044 999 88 77; emergencyName: (none) -> Tom Keller (husband); "
                + "emergencyPhone: (none) -> 079 123 45 67", detail);

        keller.setInsuranceNumber("#80756");
        keller.getContact().setEmail("anna.keller");
        Patient bad = keller;
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.update(bad));
        assertEquals(List.of("email", "insuranceNumber"), refused.errors().stream().map(FieldError::field).sorted()
                .toList());
        assertEquals("80756 01234", patients.find(keller.getId()).orElseThrow().getInsuranceNumber(), "nothing saved");
    }

    @Test
    void anUpdateToARecordNumberInUseIsRefused() throws Exception {
        patients.registerAll(List.of(patient("P-0001", "Keller"), patient("P-0002", "Novak")));
        Patient novak = patients.findByRecordNumber("P-0002").orElseThrow();
        novak.setRecordNumber("P-0001");
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.update(novak));
        assertEquals("recordNumber", refused.errors().get(0).field());
        assertEquals("Novak", patients.findByRecordNumber("P-0002").orElseThrow().getFamilyName());
    }

    @Test
    void textOverTheColumnSizeIsRefusedByNameNotByTheDatabase() throws Exception {
        Patient patient = patient("P-0001", "Keller");
        patient.setReferrer("x".repeat(Patient.REFERRER_MAX + 1));
        ValidationException refused = assertThrows(ValidationException.class, () -> patients.register(patient));
        assertEquals("referrer", refused.errors().get(0).field());
        assertEquals(0, patients.count());
    }

    @Test
    void registrationsUpdatesAndOpeningsAreAuditedWithWhoWhatAndWhen() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        Patient keller = patients.register(patient("P-0001", "Keller"));
        keller.setReferrer("Dr. A. Berger (GP)");
        patients.update(keller);
        audit.recordOpened(keller);

        List<AuditEvent> events = audit.events(1, 100);
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.OPEN_RECORD),
                events.stream().map(AuditEvent::getAction).collect(Collectors.toList()));
        for (AuditEvent event : events) {
            assertEquals(TestSessions.ACTOR, event.getActor(), "named by the session, not the operating-system login");
            assertEquals("Patient", event.getRecordType());
            assertEquals(keller.getId(), event.getRecordId());
            assertEquals(keller.getId(), event.getPatientId());
            assertTrue(!event.getOccurredAt().isBefore(before), event.toString());
        }
        assertEquals(3, audit.eventsOfPatient(keller.getId(), 10).size());
        assertEquals(AuditVerification.intact(3), audit.verify());
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() throws Exception {
        patients.register(patient("P-0001", "Keller"));
        assertThrows(ValidationException.class,
                () -> patients.registerAll(List.of(patient("P-0002", "Novak"), patient("P-0001", "Moreau"))));
        assertEquals(1, audit.events(1, 100).size());
        assertTrue(audit.verify().intact());
    }

    @Test
    void anEditedAuditRowIsDetected() throws Exception {
        patients.registerAll(List.of(patient("P-1", "A"), patient("P-2", "B"), patient("P-3", "C")));
        tamper("UPDATE AUDIT_EVENT SET DETAIL = 'P-9' WHERE SEQUENCE_NO = 2");
        AuditVerification verification = audit.verify();
        assertEquals(2, verification.brokenAt(), verification.toString());
        assertTrue(verification.problem().contains("was changed"), verification.problem());
    }

    @Test
    void aRowEditedWithARecomputedHashStillBreaksTheChain() throws Exception {
        patients.registerAll(List.of(patient("P-1", "A"), patient("P-2", "B"), patient("P-3", "C")));
        AuditEvent second = audit.events(2, 1).get(0);
        AuditEvent forged = new AuditEvent(2, second.getOccurredAt(), second.getActor(), second.getAction(),
                second.getRecordType(), second.getRecordId(), second.getPatientId(), "P-9", second.getPreviousHash());
        tamper("UPDATE AUDIT_EVENT SET DETAIL = 'P-9', ENTRY_HASH = '" + forged.getHash() + "' WHERE SEQUENCE_NO = 2");
        AuditVerification verification = audit.verify();
        assertEquals(3, verification.brokenAt(), verification.toString());
    }

    @Test
    void deletedAuditRowsAreDetectedInTheMiddleAndAtTheEnd() throws Exception {
        patients.registerAll(List.of(patient("P-1", "A"), patient("P-2", "B"), patient("P-3", "C")));
        tamper("DELETE FROM AUDIT_EVENT WHERE SEQUENCE_NO = 3");
        AuditVerification tail = audit.verify();
        assertEquals(false, tail.intact());
        assertTrue(tail.problem().contains("later entries were deleted"), tail.problem());

        tamper("DELETE FROM AUDIT_EVENT WHERE SEQUENCE_NO = 1");
        AuditVerification middle = audit.verify();
        assertEquals(1, middle.brokenAt(), middle.toString());
        assertTrue(middle.problem().contains("missing"), middle.problem());
    }

    @Test
    void workstationsWritingAtTheSameTimeKeepOneUnbrokenChain() throws Exception {
        JpaClinicalDatabase otherWorkstation = secondWorkstation();
        PatientService other = TestSessions.on(otherWorkstation, JpaPatientService::new);
        ExecutorService workstations = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = workstations.submit(() -> {
                TestSessions.onThisThread(database); // each workstation's work runs in its own session
                registerMany(patients, "A-");
            });
            Future<?> second = workstations.submit(() -> {
                TestSessions.onThisThread(otherWorkstation);
                registerMany(other, "B-");
            });
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            workstations.shutdownNow();
        }
        assertEquals(40, patients.count());
        assertEquals(AuditVerification.intact(40), audit.verify());
    }

    private static void registerMany(PatientService register, String prefix) {
        try {
            for (int i = 0; i < 20; i++) {
                register.register(patient(prefix + i, "Concurrent"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes the database behind Atlas's back, as someone with direct database access could. */
    private void tamper(String sql) throws Exception {
        try (Connection connection = database.connect(false); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    static List<String> names(List<Patient> list) {
        return list.stream().map(Patient::getFamilyName).collect(Collectors.toList());
    }
}
