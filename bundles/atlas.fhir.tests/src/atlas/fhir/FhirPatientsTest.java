package atlas.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.api.validation.FieldError;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientIdentifier;
import atlas.core.patient.Sex;

/**
 * Issue 20, the first FHIR step: a patient's details as an R4 Patient in JSON and back, through
 * the HAPI FHIR bundle as the OSGi runtime loads it (this test runs in it), and another system's
 * Patient that Atlas cannot take named by field.
 */
class FhirPatientsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final Locale locale = Locale.getDefault();
    private final TimeZone zone = TimeZone.getDefault();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    @Test
    void aPatientGoesToFhirJsonAndComesBackTheSame() {
        Patient patient = new Patient("P-2026-0042", "\u015eahin", "Ay\u015fe", LocalDate.of(1984, 3, 12), Sex.FEMALE);
        patient.setContact(new ContactDetails("+41 44 123 45 67", "ayse.sahin@example.org", "Seestrasse 4\n8000 Z\u00fcrich"));
        patient.setInsuranceName("CSS");
        patient.setInsuranceNumber("80756012340000");
        patient.setEmergencyName("Mehmet \u015eahin");
        patient.setEmergencyPhone("+41 79 555 12 12");
        patient.getIdentifiers().add(new PatientIdentifier("hospital:USZ", "1234567"));
        // a day of birth is a day: not moved by the time zone of the workstation that writes or reads it
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

        String json = FhirJson.write(FhirPatients.toFhir(patient));
        assertTrue(json.contains("\"birthDate\": \"1984-03-12\""), json);
        assertTrue(json.contains("\"system\": \"" + FhirPatients.RECORD_NUMBER_SYSTEM + "\""), json);
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        FhirPatients.Read read = FhirPatients.fromFhir(FhirJson.read(json, org.hl7.fhir.r4.model.Patient.class), TODAY);

        assertEquals(List.of(), read.problems());
        Patient back = read.patient();
        assertEquals("P-2026-0042", back.getRecordNumber());
        assertEquals("\u015eahin", back.getFamilyName());
        assertEquals("Ay\u015fe", back.getGivenName());
        assertEquals(LocalDate.of(1984, 3, 12), back.getDateOfBirth());
        assertEquals(Sex.FEMALE, back.getSex());
        assertEquals("+41 44 123 45 67", back.getContact().getPhone());
        assertEquals("ayse.sahin@example.org", back.getContact().getEmail());
        assertEquals("Seestrasse 4\n8000 Z\u00fcrich", back.getContact().getAddress());
        assertEquals("CSS", back.getInsuranceName());
        assertEquals("80756012340000", back.getInsuranceNumber());
        assertEquals("Mehmet \u015eahin", back.getEmergencyName());
        assertEquals("+41 79 555 12 12", back.getEmergencyPhone());
        assertEquals(List.of(new PatientIdentifier("hospital:USZ", "1234567")), back.getIdentifiers());
    }

    @Test
    void anotherSystemsPatientIsReadWithItsAddressInPartsAndWithoutAnAtlasNumber() {
        String json = """
                {"resourceType": "Patient",
                 "identifier": [{"system": "urn:oid:2.16.756.5.32", "value": "7560000000000"}],
                 "name": [{"use": "nickname", "given": ["Bea"]},
                          {"use": "official", "family": "Sch\u00e4r", "given": ["B\u00e9atrice", "Anna"]}],
                 "gender": "female", "birthDate": "1990-07-01",
                 "address": [{"line": ["Bahnhofstrasse 1"], "postalCode": "3000", "city": "Bern"}]}
                """;
        FhirPatients.Read read = FhirPatients.fromFhir(FhirJson.read(json, org.hl7.fhir.r4.model.Patient.class), TODAY);
        assertEquals(List.of(), read.problems());
        assertNull(read.patient().getRecordNumber(), "numbered by the clinic's pattern when registered");
        assertEquals("Sch\u00e4r", read.patient().getFamilyName());
        assertEquals("B\u00e9atrice", read.patient().getGivenName());
        assertEquals("Bahnhofstrasse 1\n3000 Bern", read.patient().getContact().getAddress());
        assertEquals(List.of(new PatientIdentifier("urn:oid:2.16.756.5.32", "7560000000000")),
                read.patient().getIdentifiers());
    }

    @Test
    void whatAtlasCannotTakeIsNamedByField() {
        FhirPatients.Read noBirthDate = FhirPatients.fromFhir(FhirJson.read("""
                {"resourceType": "Patient", "name": [{"family": "Keller", "given": ["Anna"]}]}
                """, org.hl7.fhir.r4.model.Patient.class), TODAY);
        assertEquals(List.of("dateOfBirth"), noBirthDate.problems().stream().map(FieldError::field).toList());
        assertEquals("Date of birth: the patient has no birth date; Atlas needs it to tell patients apart",
                noBirthDate.problems().get(0).toString());

        FhirPatients.Read yearOnly = FhirPatients.fromFhir(FhirJson.read("""
                {"resourceType": "Patient", "name": [{"given": ["Anna"]}], "birthDate": "1984"}
                """, org.hl7.fhir.r4.model.Patient.class), TODAY);
        assertEquals(List.of("dateOfBirth", "familyName"), yearOnly.problems().stream().map(FieldError::field).sorted()
                .toList());
    }

    @Test
    void textThatIsNotFhirSaysWhy() {
        FhirFormatException notJson = assertThrows(FhirFormatException.class,
                () -> FhirJson.read("{\"resourceType\": \"Patient\", ", org.hl7.fhir.r4.model.Patient.class));
        assertTrue(!notJson.getMessage().startsWith("HAPI-"), notJson.getMessage());
        FhirFormatException unknown = assertThrows(FhirFormatException.class,
                () -> FhirJson.read("{\"resourceType\": \"Patientin\"}", org.hl7.fhir.r4.model.Patient.class));
        assertTrue(unknown.getMessage().contains("Patientin"), unknown.getMessage());
        FhirFormatException other = assertThrows(FhirFormatException.class,
                () -> FhirJson.read("{\"resourceType\": \"Practitioner\"}", org.hl7.fhir.r4.model.Patient.class));
        assertEquals("a Practitioner where a Patient was expected", other.getMessage());
        FhirFormatException unknownElement = assertThrows(FhirFormatException.class, () -> FhirJson.read(
                "{\"resourceType\": \"Patient\", \"birthday\": \"1984-03-12\"}", org.hl7.fhir.r4.model.Patient.class));
        assertTrue(unknownElement.getMessage().contains("birthday"), unknownElement.getMessage());
    }
}
