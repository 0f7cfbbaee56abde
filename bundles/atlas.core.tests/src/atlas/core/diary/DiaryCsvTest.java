package atlas.core.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A patient's spreadsheet diary: good rows kept, every bad row named with its line and field. */
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
    void goodRowsAreReadAndBadRowsNamed() throws Exception {
        String csv = """
                date,start,minutes,intensity,side,nausea,light,sound,medication,medication_class,triggers
                2026-11-02,14:30,240,7,left,yes,yes,no,Sumatriptan 50 mg,triptan,"stress, screen"
                2026-11-05,,90,4,both,no,no,no,,,
                2026-11-31,08:00,60,5,,,,,,,
                2026-11-08,9:15,x,11,top,maybe,,,,,
                2026-12-24,10:00,60,5,,,,,,,
                """;
        DiaryCsv.Result result = DiaryCsv.read(new StringReader(csv), 7, NOW);
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
                "line 6: Start: 24/12/2026 10:00 is in the future"),
                result.problems().stream().map(DiaryCsv.RowProblem::toString).toList());
    }

    @Test
    void aGermanSpreadsheetWithSemicolonsAndGermanDates() throws Exception {
        String csv = "\uFEFFdate;intensity;minutes;nausea\n27.10.2026;6;120;ja\n";
        DiaryCsv.Result result = DiaryCsv.read(new StringReader(csv), 7, NOW);
        assertEquals(List.of(), result.problems());
        assertEquals(LocalDateTime.of(2026, 10, 27, 0, 0), result.entries().get(0).getStartsAt());
        assertEquals(true, result.entries().get(0).isNauseaOrVomiting());
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() throws Exception {
        DiaryCsv.Result result = DiaryCsv.read(new StringReader("day,pain\n2026-11-02,7\n"), 7, NOW);
        assertEquals(List.of(), result.entries());
        assertEquals(4, result.problems().size(), "two unknown columns, two missing");
        assertEquals(1, result.problems().get(0).line());
    }
}
