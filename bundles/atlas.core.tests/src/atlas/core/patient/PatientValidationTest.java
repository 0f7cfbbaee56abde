package atlas.core.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.api.validation.FieldError;
import atlas.core.EnglishLocale;

@ExtendWith(EnglishLocale.class)
class PatientValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Patient valid() {
        Patient patient = new Patient("P-2026-0001", "Keller", "Anna", LocalDate.of(1984, 3, 12), Sex.FEMALE);
        patient.setContact(new ContactDetails("+49 30 1234567", "anna.keller@example.org", null));
        return patient;
    }

    private static List<String> fields(Patient patient) {
        return patient.validate(TODAY).stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    void aCompletePatientIsValid() {
        assertEquals(List.of(), valid().validate(TODAY));
    }

    @Test
    void dateOfBirthInTheFutureIsRefusedNamingTheFieldAndRange() {
        Patient patient = valid();
        patient.setDateOfBirth(TODAY.plusDays(1));
        List<FieldError> errors = patient.validate(TODAY);
        assertEquals(1, errors.size());
        assertEquals("dateOfBirth", errors.get(0).field());
        assertEquals("Date of birth: 11/28/2026 is after 11/27/2026; allowed 1/1/1900 to 11/27/2026",
                errors.get(0).toString(), "dates written as the user writes them, not ISO");
    }

    @Test
    void todayIsTheLatestAllowedBirthDate() {
        Patient patient = valid();
        patient.setDateOfBirth(TODAY);
        assertEquals(List.of(), patient.validate(TODAY));
    }

    @Test
    void emptyAndBlankNamesAreRefused() {
        Patient patient = valid();
        patient.setFamilyName("  ");
        patient.setGivenName(null);
        assertEquals(List.of("familyName", "givenName"), fields(patient));
        assertTrue(patient.validate(TODAY).get(0).message().contains("required (1 to 80 characters)"));
    }

    @Test
    void textOverTheColumnSizeIsRefusedWithItsLength() {
        Patient patient = valid();
        patient.setFamilyName("x".repeat(Patient.NAME_MAX + 1));
        FieldError error = patient.validate(TODAY).get(0);
        assertEquals("familyName", error.field());
        assertEquals("is 81 characters long; at most 80 are allowed", error.message());
    }

    @Test
    void nameAtTheColumnSizeIsAccepted() {
        Patient patient = valid();
        patient.setFamilyName("x".repeat(Patient.NAME_MAX));
        assertEquals(List.of(), patient.validate(TODAY));
    }

    @Test
    void malformedRecordNumberAndEmailAreRefused() {
        Patient patient = valid();
        patient.setRecordNumber("p 1");
        patient.getContact().setEmail("anna.example.org");
        assertEquals(List.of("recordNumber", "email"), fields(patient));
    }

    @Test
    void ageCountsCompletedYears() {
        Patient patient = valid();
        assertEquals(42, patient.ageOn(LocalDate.of(2026, 3, 12)));
        assertEquals(41, patient.ageOn(LocalDate.of(2026, 3, 11)));
    }
}
