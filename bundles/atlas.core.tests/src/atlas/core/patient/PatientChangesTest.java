package atlas.core.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An edit's audit words: each changed field with its old and new value; empty and absent the same. */
class PatientChangesTest {

    @Test
    void eachChangedFieldIsNamedWithItsOldAndNewValue() {
        Patient before = new Patient("P-0001", "Keller", "Anna", LocalDate.of(1980, 3, 12), Sex.FEMALE);
        before.setContact(new ContactDetails("044 111 22 33", "", "Seestrasse 1\n8008 Z\u00fcrich"));
        Patient after = new Patient("P-0001", "Keller", "Anna", LocalDate.of(1980, 3, 12), Sex.FEMALE);
        after.setContact(new ContactDetails("044 999 88 77", null, "Seestrasse 1\n8008 Z\u00fcrich"));
        after.setInsuranceName("Helsana");
        assertEquals(List.of("phone: 044 111 22 33 -> 044 999 88 77", "insuranceName: (none) -> Helsana"),
                PatientChanges.between(before, after));
        assertEquals(List.of("address: Seestrasse 1, 8008 Z\u00fcrich -> (none)"),
                PatientChanges.between(after, withoutAddress(after)), "a cleared field, lines joined");
        assertEquals(List.of(), PatientChanges.between(after, after));
    }

    private static Patient withoutAddress(Patient patient) {
        Patient copy = new Patient(patient.getRecordNumber(), patient.getFamilyName(), patient.getGivenName(),
                patient.getDateOfBirth(), patient.getSex());
        copy.setContact(new ContactDetails(patient.getContact().getPhone(), null, null));
        copy.setInsuranceName(patient.getInsuranceName());
        return copy;
    }
}
