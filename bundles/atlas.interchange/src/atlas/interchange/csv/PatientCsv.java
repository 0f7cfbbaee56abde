package atlas.interchange.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import atlas.api.validation.FieldError;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.Sex;
import atlas.core.validation.Wording;
import atlas.interchange.csv.CsvFile.Problem;
import atlas.interchange.csv.CsvFile.Row;
import atlas.interchange.csv.CsvFile.Table;

/**
 * Patients from a CSV file another system wrote, through a column mapping the user confirmed
 * ({@link PatientColumn#propose}). Every row is checked on its own, with the rules of the patient
 * register, and every bad row is named with its line and field; the patients are returned only to
 * be registered all together (the register's registerAll is all or nothing), never some of them.
 * Rows that are likely the same person (same names and date of birth) are named as well, for the
 * user to decide before anything is saved; the same record number twice is a problem.
 */
public final class PatientCsv {

    /** A patient read from the file and the line it came from. */
    public record Read(int line, Patient patient) {
    }

    /** What the file would give: its patients, its problems, and lines that look like one person twice. */
    public record Result(List<Read> patients, List<Problem> problems, List<Problem> likelyDuplicates) {

        /** Whether the patients may be registered: the file read and every row good. */
        public boolean canRegister() {
            return problems.isEmpty() && !patients.isEmpty();
        }
    }

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Sex> SEXES = Map.ofEntries(Map.entry("f", Sex.FEMALE),
            Map.entry("female", Sex.FEMALE), Map.entry("w", Sex.FEMALE), Map.entry("weiblich", Sex.FEMALE),
            Map.entry("m", Sex.MALE), Map.entry("male", Sex.MALE), Map.entry("maennlich", Sex.MALE),
            Map.entry("mannlich", Sex.MALE), Map.entry("o", Sex.OTHER), Map.entry("other", Sex.OTHER),
            Map.entry("d", Sex.OTHER), Map.entry("divers", Sex.OTHER), Map.entry("u", Sex.UNKNOWN),
            Map.entry("unknown", Sex.UNKNOWN), Map.entry("unbekannt", Sex.UNKNOWN));

    private PatientCsv() {
    }

    /**
     * The patients of {@code table} through {@code mapping} (field to column index). Without a
     * record-number column the numbers are left empty, for the clinic's numbering to give.
     */
    public static Result read(Table table, Map<PatientColumn, Integer> mapping, LocalDate today) {
        List<Problem> problems = new ArrayList<>(table.problems());
        if (table.header().isEmpty()) {
            return new Result(List.of(), problems, List.of()); // not read as a table: that is the problem
        }
        for (PatientColumn required : PatientColumn.REQUIRED) {
            if (!mapping.containsKey(required)) {
                problems.add(new Problem(1, new FieldError(required.field(), label(required),
                        Wording.of("patientCsv.unmapped"))));
            }
        }
        if (table.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, new FieldError("file", "CSV", Wording.of("patientCsv.noPatients"))));
        }
        if (table.rows().isEmpty() || problems.size() > table.problems().size()) {
            return new Result(List.of(), problems, List.of()); // nothing to read, or not through this mapping
        }
        boolean numbered = mapping.containsKey(PatientColumn.RECORD_NUMBER);
        List<Read> patients = new ArrayList<>();
        for (Row row : table.rows()) {
            List<FieldError> errors = new ArrayList<>();
            Patient patient = patient(row, mapping, errors);
            patient.validate(today).stream().filter(error -> numbered || !error.field().equals("recordNumber"))
                    .filter(error -> errors.stream().noneMatch(e -> e.field().equals(error.field())))
                    .forEach(errors::add);
            errors.forEach(error -> problems.add(new Problem(row.line(), error)));
            if (errors.isEmpty()) {
                patients.add(new Read(row.line(), patient));
            }
        }
        problems.addAll(repeatedNumbers(patients));
        return new Result(patients, problems, likelyDuplicates(patients));
    }

    private static Patient patient(Row row, Map<PatientColumn, Integer> mapping, List<FieldError> errors) {
        Patient patient = new Patient(value(row, mapping, PatientColumn.RECORD_NUMBER), value(row, mapping,
                PatientColumn.FAMILY_NAME), value(row, mapping, PatientColumn.GIVEN_NAME), null, Sex.UNKNOWN);
        String born = value(row, mapping, PatientColumn.DATE_OF_BIRTH);
        if (born != null) {
            date(born).ifPresentOrElse(patient::setDateOfBirth, () -> errors.add(new FieldError("dateOfBirth",
                    label(PatientColumn.DATE_OF_BIRTH), Wording.of("patientCsv.notADate", born))));
        }
        String sex = value(row, mapping, PatientColumn.SEX);
        if (sex != null) {
            Sex read = SEXES.get(PatientColumn.key(sex));
            if (read == null) {
                errors.add(new FieldError("sex", label(PatientColumn.SEX), Wording.of("patientCsv.notASex", sex)));
            } else {
                patient.setSex(read);
            }
        }
        String phone = value(row, mapping, PatientColumn.PHONE);
        String email = value(row, mapping, PatientColumn.EMAIL);
        String address = value(row, mapping, PatientColumn.ADDRESS);
        if (phone != null || email != null || address != null) {
            patient.setContact(new ContactDetails(phone, email, address));
        }
        patient.setInsuranceName(value(row, mapping, PatientColumn.INSURANCE_NAME));
        patient.setInsuranceNumber(value(row, mapping, PatientColumn.INSURANCE_NUMBER));
        patient.setReferrer(value(row, mapping, PatientColumn.REFERRER));
        return patient;
    }

    /** The row's value for {@code column}; null when it is not mapped or empty. */
    private static String value(Row row, Map<PatientColumn, Integer> mapping, PatientColumn column) {
        Integer index = mapping.get(column);
        if (index == null || index >= row.values().size()) {
            return null;
        }
        String value = row.values().get(index);
        return value.isEmpty() ? null : value;
    }

    /** 1984-03-12 or 12.03.1984; a date like 03/12/1984 is refused, as it reads both ways. */
    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, GERMAN_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** Two rows of one person: the same names as the search folds them and the same date of birth. */
    private static List<Problem> likelyDuplicates(List<Read> patients) {
        List<Problem> duplicates = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (Read read : patients) {
            Integer same = first.putIfAbsent(PatientQuery.personKey(read.patient()), read.line());
            if (same != null) {
                duplicates.add(new Problem(read.line(), new FieldError("familyName", label(PatientColumn.FAMILY_NAME),
                        Wording.of("patientCsv.samePerson", same))));
            }
        }
        return duplicates;
    }

    /** A record number given twice cannot be registered: both lines named. */
    private static List<Problem> repeatedNumbers(List<Read> patients) {
        List<Problem> repeated = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (Read read : patients) {
            String number = read.patient().getRecordNumber();
            Integer same = number == null ? null : first.putIfAbsent(number, read.line());
            if (same != null) {
                repeated.add(new Problem(read.line(), new FieldError("recordNumber", label(PatientColumn.RECORD_NUMBER),
                        Wording.of("patientCsv.sameNumber", number, same))));
            }
        }
        return repeated;
    }

    private static String label(PatientColumn column) {
        return Wording.label(column.field(), column.label());
    }
}
