package atlas.core.patient;

import java.time.LocalDate;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import atlas.core.dates.ClinicDates;

/**
 * What a therapist typed into the patient search, understood as one of: nothing (everyone), a date
 * of birth, a record number prefix, or a name prefix "family" or "family, given".
 *
 * @param kind         how the text was read
 * @param familyPrefix upper-case family name prefix ({@link Kind#NAME})
 * @param givenPrefix  upper-case given name prefix, empty when none was typed
 * @param recordPrefix upper-case record number prefix ({@link Kind#RECORD_NUMBER})
 * @param dateOfBirth  the date ({@link Kind#DATE_OF_BIRTH})
 */
public record PatientQuery(Kind kind, String familyPrefix, String givenPrefix, String recordPrefix,
        LocalDate dateOfBirth) {

    public enum Kind {
        ALL, NAME, RECORD_NUMBER, DATE_OF_BIRTH
    }

    public static PatientQuery all() {
        return new PatientQuery(Kind.ALL, "", "", "", null);
    }

    /** What was typed, dates read as the workstation's language writes them (and ISO). */
    public static PatientQuery parse(String text) {
        return parse(text, ClinicDates.forPlatform());
    }

    /** What was typed, a date of birth read by {@code dates}: "12.3.1988" in German, "3/12/1988" in US English. */
    public static PatientQuery parse(String text, ClinicDates dates) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return all();
        }
        Optional<LocalDate> born = dates.parse(typed);
        if (born.isPresent()) {
            return new PatientQuery(Kind.DATE_OF_BIRTH, "", "", "", born.get());
        }
        if (typed.chars().anyMatch(Character::isDigit)) {
            return new PatientQuery(Kind.RECORD_NUMBER, "", "", searchKey(typed), null);
        }
        int comma = typed.indexOf(',');
        String family = comma < 0 ? typed : typed.substring(0, comma);
        String given = comma < 0 ? "" : typed.substring(comma + 1);
        return new PatientQuery(Kind.NAME, nameKey(family), nameKey(given), "", null);
    }

    /** The form record numbers are compared in: trimmed and upper case. */
    public static String searchKey(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Who a patient likely is, for an import's duplicate check: the same folded family and given
     * name ({@link #nameKey}, as stored beside each name) and the same date of birth.
     */
    public static String personKey(String familyNameKey, String givenNameKey, LocalDate dateOfBirth) {
        return familyNameKey + "|" + givenNameKey + "|" + dateOfBirth;
    }

    /** {@link #personKey(String, String, LocalDate)} of {@code patient}'s names as typed. */
    public static String personKey(Patient patient) {
        return personKey(nameKey(patient.getFamilyName()), nameKey(patient.getGivenName()), patient.getDateOfBirth());
    }

    /**
     * The form names are compared in, stored beside each name so that prefix searches use an index:
     * upper case without accents ("Şahin" and "sahin" are SAHIN), letters that do not decompose
     * written out (ß SS, Ł L, Đ D, Ø O, Æ AE, Œ OE, Þ TH, ı I), and the German spellings of umlauts
     * folded with them (AE A, OE O, UE U), so "muller", "mueller" and "Müller" all find "Müller".
     * The same folding on both sides keeps a prefix a prefix: "Mue" is MU, a prefix of MULLER.
     * Changing it needs the stored keys refolded (store: NameKeys, schema version 8).
     */
    public static String nameKey(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.strip(), Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            plain.append(switch (c) {
            case 'ß' -> "SS";
            case 'Ł', 'ł' -> "L";
            case 'Đ', 'đ', 'Ð', 'ð' -> "D";
            case 'Ø', 'ø' -> "O";
            case 'Æ', 'æ' -> "AE";
            case 'Œ', 'œ' -> "OE";
            case 'Þ', 'þ' -> "TH";
            case 'ı' -> "I";
            default -> String.valueOf(c);
            });
        }
        return plain.toString().toUpperCase(Locale.ROOT).replace("AE", "A").replace("OE", "O").replace("UE", "U");
    }
}
