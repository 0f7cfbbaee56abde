package atlas.core.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an edit of a patient's details changed, field by field with the old and the new value
 * ("phone: 044 111 22 33 -> 044 999 88 77"), for the audit trail (issue 18: "audited with old and
 * new values"). Empty and absent values are the same; a field cleared reads "-> (none)".
 */
public final class PatientChanges {

    private static final Map<String, Function<Patient, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("recordNumber", Patient::getRecordNumber);
        FIELDS.put("familyName", Patient::getFamilyName);
        FIELDS.put("givenName", Patient::getGivenName);
        FIELDS.put("dateOfBirth", Patient::getDateOfBirth);
        FIELDS.put("sex", Patient::getSex);
        FIELDS.put("address", patient -> patient.getContact() == null ? null : patient.getContact().getAddress());
        FIELDS.put("phone", patient -> patient.getContact() == null ? null : patient.getContact().getPhone());
        FIELDS.put("email", patient -> patient.getContact() == null ? null : patient.getContact().getEmail());
        FIELDS.put("insuranceName", Patient::getInsuranceName);
        FIELDS.put("insuranceNumber", Patient::getInsuranceNumber);
        FIELDS.put("emergencyName", Patient::getEmergencyName);
        FIELDS.put("emergencyPhone", Patient::getEmergencyPhone);
        FIELDS.put("referrer", Patient::getReferrer);
        FIELDS.put("consentNotes", Patient::getConsentNotes);
    }

    private PatientChanges() {
    }

    /** "field: old -> new" for each field that differs, in the order of the record. */
    public static List<String> between(Patient before, Patient after) {
        List<String> changes = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            String old = shown(value.apply(before));
            String now = shown(value.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(field + ": " + (old.isEmpty() ? "(none)" : old) + " -> " + (now.isEmpty() ? "(none)" : now));
            }
        });
        return changes;
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString().strip().replaceAll("\\s*\\R\\s*", ", ");
    }
}
