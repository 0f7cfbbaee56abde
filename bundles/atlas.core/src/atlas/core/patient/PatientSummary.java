package atlas.core.patient;

import java.time.LocalDate;
import java.time.Period;

/**
 * One line of the patient list: what a therapist needs to pick the right patient, read without
 * building the whole patient record.
 */
public record PatientSummary(long id, String recordNumber, String familyName, String givenName, LocalDate dateOfBirth,
        Sex sex, String referrer) {

    /** "Family, Given", the order of the clinic's lists. */
    public String displayName() {
        return familyName + ", " + givenName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
