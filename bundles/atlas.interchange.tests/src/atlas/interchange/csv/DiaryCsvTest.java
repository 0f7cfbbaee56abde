package atlas.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.interchange.csv.CsvFile.Problem;

/**
 * A patient's spreadsheet diary (issue 20: on the CSV library, every column of the clinical
 * reference's diary entry): good rows kept, every bad row named with its line and field.
 */
class DiaryCsvTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 12, 0);
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
    void goodRowsAreReadAndBadRowsNamed() {
        DiaryCsv.Result result = read("""
                date,start,minutes,intensity,side,nausea,light,sound,medication,medication_class,triggers
                2026-11-02,14:30,240,7,left,yes,yes,no,Sumatriptan 50 mg,triptan,"stress, screen"
                2026-11-05,,90,4,both,no,no,no,,,
                2026-11-31,08:00,60,5,,,,,,,
                2026-11-08,9:15,x,11,top,maybe,,,,,
                2026-12-24,10:00,60,5,,,,,,,
                """);
        assertEquals(2, result.entries().size());
        HeadacheDiaryEntry first = result.entries().get(0);
        assertEquals(LocalDateTime.of(2026, 11, 2, 14, 30), first.getStartsAt());
        assertEquals(MedicationClass.TRIPTAN, first.getMedicationClass());
        assertEquals("stress, screen", first.getTriggers(), "a quoted value keeps its comma");
        assertEquals(List.of("line 4: date: \"2026-11-31\" is not a date; write 2026-11-27 or 27.11.2026",
                "line 5: minutes: \"x\" is not a whole number",
                "line 5: side: \"top\" is not one of the allowed values",
                "line 5: nausea: \"maybe\" is not yes or no",
                "line 5: Intensity: 11 is outside the allowed range 0 to 10",
                "line 6: Start: 24/12/2026 10:00 is in the future"), strings(result.problems()));
    }

    /** Every item of the diary entry in the clinical reference has its column. */
    @Test
    void everyColumnOfTheReferenceDiaryIsRead() {
        DiaryCsv.Result result = read("""
                date;start;end;intensity;side;side_locked;pulsating;pressing;worse_with_activity;nausea;light;sound;\
                neck;jaw;aura_type;aura_minutes;medication;medication_class;medication_time;relief_2h;triggers;disability
                2026-11-20;22:30;01:15;6;rechts;ja;nein;ja;ja;nein;ja;ja;ja;nein;visual;20;Ibuprofen 400 mg;nsaid;23:00;nein;\
                sleep;2
                2026-11-21;08:00;;3;;;;;;;;;;ja;;;;;;;;0
                """);
        assertEquals(List.of(), strings(result.problems()));
        HeadacheDiaryEntry night = result.entries().get(0);
        assertEquals(165, night.getDurationMinutes(), "22:30 to 01:15 runs past midnight");
        assertEquals(HeadacheSide.RIGHT, night.getSide());
        assertTrue(night.isSideLocked());
        assertFalse(night.isPulsating());
        assertTrue(night.isPressing());
        assertTrue(night.isWorseWithActivity());
        assertTrue(night.isPhotophobia() && night.isPhonophobia());
        assertTrue(night.isProvokedByNeck());
        assertFalse(night.isProvokedByJaw());
        assertEquals("visual", night.getAuraType());
        assertEquals(20, night.getAuraMinutes());
        assertEquals(MedicationClass.NSAID, night.getMedicationClass());
        assertEquals(LocalTime.of(23, 0), night.getMedicationTime());
        assertEquals(Boolean.FALSE, night.getReliefAtTwoHours());
        assertEquals(2, night.getDisability());
        HeadacheDiaryEntry morning = result.entries().get(1);
        assertTrue(morning.isProvokedByJaw());
        assertNull(morning.getReliefAtTwoHours(), "empty: not known, not no");
        assertNull(morning.getDurationMinutes());
    }

    @Test
    void anEndThatDisagreesOrHasNoStartAndADisabilityOutOfRangeAreNamed() {
        DiaryCsv.Result result = read("""
                date,start,end,minutes,intensity,disability,relief_2h
                2026-11-20,14:00,15:00,90,5,,
                2026-11-21,,15:00,,5,,
                2026-11-22,10:00,,,5,4,perhaps
                """);
        assertEquals(List.of("line 2: end: start to end is 60 minutes, but minutes says 90",
                "line 3: end: an end needs its start (14:30) in the same row",
                "line 4: relief_2h: \"perhaps\" is not yes or no",
                "line 4: Disability: 4 is outside the allowed range 0 to 3"), strings(result.problems()));
        assertEquals(List.of(), result.entries());
    }

    @Test
    void aGermanSpreadsheetInWindows1252WithSemicolonsAndGermanDates() {
        String csv = "date;intensity;minutes;nausea;triggers\r\n27.10.2026;6;120;ja;Wetterf\u00fchligkeit\r\n";
        DiaryCsv.Result result = DiaryCsv.read(CsvFile.read(csv.getBytes(Charset.forName("windows-1252"))), 7, NOW);
        assertEquals(List.of(), result.problems());
        assertEquals(LocalDateTime.of(2026, 10, 27, 0, 0), result.entries().get(0).getStartsAt());
        assertTrue(result.entries().get(0).isNauseaOrVomiting());
        assertEquals("Wetterf\u00fchligkeit", result.entries().get(0).getTriggers(), "read as Windows-1252");
    }

    @Test
    void aFileWithoutTheNeededColumnsOrWithAWrongRowIsNamed() {
        DiaryCsv.Result result = read("day,pain\n2026-11-02,7\n");
        assertEquals(List.of(), result.entries());
        assertEquals(4, result.problems().size(), "two unknown columns, two missing");
        assertEquals(1, result.problems().get(0).line());

        DiaryCsv.Result ragged = read("date,intensity\n2026-11-02,7\n2026-11-03,5,extra\n2026-11-04,4\n");
        assertEquals(2, ragged.entries().size());
        assertEquals(List.of("line 3: CSV: has 3 values, the header names 2 columns"), strings(ragged.problems()));
        assertEquals(List.of("CSV: the file is empty; its first line names the columns"), strings(read("").problems()));
    }

    private static DiaryCsv.Result read(String csv) {
        return DiaryCsv.read(CsvFile.read(csv.getBytes(StandardCharsets.UTF_8)), 7, NOW);
    }

    private static List<String> strings(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
