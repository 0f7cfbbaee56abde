package atlas.interchange.csv;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The patient fields a CSV column can fill, each with the header names other systems and
 * spreadsheets give it in English and German (compared without case, accents, spaces and
 * punctuation), so that most files come with their mapping proposed; the user confirms or
 * changes it before anything is read.
 */
public enum PatientColumn {
    RECORD_NUMBER("recordNumber", "Record number", "recordnumber", "patientnumber", "patientid", "mrn", "chartnumber",
            "patientennummer", "patientennr", "patnr", "aktennummer", "aktennr", "nummer"),
    FAMILY_NAME("familyName", "Family name", "familyname", "lastname", "surname", "name", "nachname", "familienname"),
    GIVEN_NAME("givenName", "Given name", "givenname", "firstname", "forename", "vorname"),
    DATE_OF_BIRTH("dateOfBirth", "Date of birth", "dateofbirth", "birthdate", "dob", "born", "geburtsdatum",
            "geboren", "gebdatum"),
    SEX("sex", "Sex", "sex", "gender", "geschlecht"),
    PHONE("phone", "Phone", "phone", "telephone", "mobile", "telefon", "tel", "handy"),
    EMAIL("email", "E-mail", "email", "mail", "emailaddress"),
    ADDRESS("address", "Address", "address", "adresse", "anschrift"),
    INSURANCE_NAME("insuranceName", "Insurance", "insurance", "insurer", "krankenkasse", "versicherung", "kasse"),
    INSURANCE_NUMBER("insuranceNumber", "Insurance number", "insurancenumber", "policynumber", "versichertennummer",
            "versichertennr", "ahvnummer"),
    REFERRER("referrer", "Referrer", "referrer", "referredby", "zuweiser", "ueberweiser", "uberweiser");

    /** Columns a patient cannot be registered without (the record number may be given at import). */
    public static final List<PatientColumn> REQUIRED = List.of(FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH);

    private final String field;
    private final String label;
    private final List<String> names;

    PatientColumn(String field, String label, String... names) {
        this.field = field;
        this.label = label;
        this.names = List.of(names);
    }

    /** The patient's field, as its validation names it. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /**
     * The mapping proposed for {@code header}: each field to the first column whose name is one of
     * the field's names; a column is proposed for one field at most.
     */
    public static Map<PatientColumn, Integer> propose(List<String> header) {
        Map<PatientColumn, Integer> mapping = new EnumMap<>(PatientColumn.class);
        for (PatientColumn column : values()) {
            for (int i = 0; i < header.size(); i++) {
                if (column.names.contains(key(header.get(i))) && !mapping.containsValue(i)) {
                    mapping.put(column, i);
                    break;
                }
            }
        }
        return mapping;
    }

    /** "Date of Birth", "date_of_birth" and "Geburts-Datum" alike: lower case, letters and digits only. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
