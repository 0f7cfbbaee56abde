package atlas.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.Sex;
import atlas.interchange.csv.CsvFile.Problem;
import atlas.interchange.csv.CsvFile.Table;

/**
 * Patients read from the CSV files other systems and spreadsheets write: the bytes as they come
 * (Windows-1252 from Excel, UTF-8 with its byte order mark), quoted line breaks, German headers
 * and semicolons, and each kind of bad row named by its line and field with nothing returned to
 * register.
 */
class PatientCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Locale before = Locale.getDefault();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aGermanExcelFileInWindows1252WithSemicolonsAndAQuotedLineBreakIsRead() {
        String file = "Patientennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Adresse;Krankenkasse\r\n"
                + "P-0001;M\u00fcller;J\u00fcrg;12.03.1984;m;\"Seestrasse 4\r\n8000 Z\u00fcrich\";CSS\r\n"
                + "P-0002;\u015eahin;Ay\u015fe;1990-07-01;w;;\r\n";
        // Şahin and Ayşe are not in Windows-1252: this file is UTF-8, the next one is not
        Table utf8 = CsvFile.read(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(';', utf8.separator());

        String excel = file.replace("\u015eahin;Ay\u015fe", "Sch\u00e4r;B\u00e9atrice");
        Table table = CsvFile.read(excel.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", table.charset().name());
        PatientCsv.Result result = PatientCsv.read(table, PatientColumn.propose(table.header()), TODAY);

        assertEquals(List.of(), result.problems());
        assertTrue(result.canRegister());
        Patient mueller = result.patients().get(0).patient();
        assertEquals("P-0001", mueller.getRecordNumber());
        assertEquals("M\u00fcller", mueller.getFamilyName());
        assertEquals(LocalDate.of(1984, 3, 12), mueller.getDateOfBirth());
        assertEquals(Sex.MALE, mueller.getSex());
        // the quoted line break kept, as one line feed (opencsv reads lines)
        assertEquals("Seestrasse 4\n8000 Z\u00fcrich", mueller.getContact().getAddress());
        assertEquals("CSS", mueller.getInsuranceName());
        // the second patient starts on line 4: the address's line break is inside line 2's record
        assertEquals(4, result.patients().get(1).line());
        assertEquals("B\u00e9atrice", result.patients().get(1).patient().getGivenName());
        assertEquals(Sex.FEMALE, result.patients().get(1).patient().getSex());
    }

    @Test
    void utf8WithAByteOrderMarkAndCommasIsProposedItsEnglishColumns() {
        String file = "\uFEFFFirst Name,Last Name,Date of Birth,E-Mail,Referred by\n"
                + "Anna,Keller,1984-03-12,anna@example.org,\"Dr. Weber, Bern\"\n";
        Table table = CsvFile.read(file.getBytes(StandardCharsets.UTF_8));
        Map<PatientColumn, Integer> mapping = PatientColumn.propose(table.header());

        assertEquals(Map.of(PatientColumn.GIVEN_NAME, 0, PatientColumn.FAMILY_NAME, 1, PatientColumn.DATE_OF_BIRTH, 2,
                PatientColumn.EMAIL, 3, PatientColumn.REFERRER, 4), mapping);
        PatientCsv.Result result = PatientCsv.read(table, mapping, TODAY);
        Patient keller = result.patients().get(0).patient();
        assertEquals("Dr. Weber, Bern", keller.getReferrer());
        assertEquals(Sex.UNKNOWN, keller.getSex(), "no sex column: unknown, as the register allows");
        assertEquals(null, keller.getRecordNumber(), "no number column: the clinic's numbering gives them");
        assertTrue(result.canRegister());
    }

    @Test
    void everyBadRowIsNamedByItsLineAndFieldAndNothingIsToBeRegistered() {
        String file = """
                record number,family name,given name,date of birth,sex,email
                P-1,Keller,Anna,1984-03-12,f,anna@example.org
                P-2,Novak,Petr,03/12/1984,m,
                P-3,Moreau,,1970-01-01,x,
                P-4,Weber,Lea,2030-01-01,f,not-an-address
                P-1,Frei,Urs,1960-05-05,m,
                P-6,Brunner,Eva,1955-02-02,f,,too many
                """;
        PatientCsv.Result result = read(file);

        assertFalse(result.canRegister());
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("line 3: Date of birth: \"03/12/1984\" is not a date; write 1984-03-12 or 12.03.1984"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 4: Given name")), problems.toString());
        assertTrue(problems.contains("line 4: Sex: \"x\" is not one of female, male, other, unknown (or f, m, o, u)"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 5: Date of birth")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 5: E-mail")), problems.toString());
        assertTrue(problems.contains("line 6: Record number: record number P-1 is already given on line 2"),
                problems.toString());
        assertTrue(problems.contains("line 7: CSV: has 7 values, the header names 6 columns"), problems.toString());
    }

    @Test
    void theSamePersonTwiceIsNamedForTheUserToDecide() {
        PatientCsv.Result result = read("""
                family name,given name,date of birth
                M\u00fcller,J\u00fcrg,1984-03-12
                Keller,Anna,1984-03-12
                MULLER,Jurg,12.03.1984
                """);
        assertEquals(List.of("line 4: Family name: the same name and date of birth as line 2: likely the same patient"),
                result.likelyDuplicates().stream().map(Problem::toString).toList());
        assertTrue(result.canRegister(), "a likely duplicate is for the user to decide, not an error");
    }

    @Test
    void aFileThatCannotBeReadAsATableSaysWhy() {
        assertEquals(List.of("CSV: a quoted value is not closed (a \" is missing); no line of the file was read"),
                read("family name,given name,date of birth\n\"Keller,Anna,1984-03-12\n").problems().stream()
                        .map(Problem::toString).toList());
        assertEquals(List.of("CSV: the file is empty; its first line names the columns"),
                read("\n\n").problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("CSV: the file has its header but no patients"),
                read("family name,given name,date of birth\n").problems().stream().map(Problem::toString).toList());
        byte[] large = new byte[CsvFile.MAX_BYTES + 1];
        assertEquals(List.of("CSV: the file is larger than 32 MB, the most that can be read at once: split it into smaller files"),
                CsvFile.read(large).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aRequiredFieldWithoutAColumnIsRefusedBeforeAnyRowIsRead() {
        Table table = CsvFile.read("name,vorname\nKeller,Anna\n".getBytes(StandardCharsets.UTF_8));
        PatientCsv.Result result = PatientCsv.read(table, PatientColumn.propose(table.header()), TODAY);
        assertEquals(List.of("line 1: Date of birth: no column is chosen for it; every patient needs it"),
                result.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of(), result.patients());
    }

    private static PatientCsv.Result read(String file) {
        Table table = CsvFile.read(file.getBytes(StandardCharsets.UTF_8));
        return PatientCsv.read(table, PatientColumn.propose(table.header()), TODAY);
    }
}
