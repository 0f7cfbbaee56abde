package atlas.core.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The clinic's record number pattern: what it makes, what it reads back, what it refuses. */
class RecordNumberPatternTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void makesNumbersOfTheYearWithTheRunningNumberPadded() {
        RecordNumberPattern pattern = new RecordNumberPattern("P-{YYYY}-{NNNN}");
        assertEquals("P-2026-0001", pattern.number(DAY, 1));
        assertEquals("P-2026-0042", pattern.number(DAY, 42));
        assertEquals(9999, pattern.largest());
        assertEquals("P-2026-____", pattern.like(DAY));
        assertEquals("26-007-A", new RecordNumberPattern("{YY}-{NNN}-A").number(DAY, 7));
        assertThrows(IllegalArgumentException.class, () -> pattern.number(DAY, 10_000));
        assertThrows(IllegalArgumentException.class, () -> pattern.number(DAY, 0));
    }

    @Test
    void readsTheRunningNumberOnlyOfItsOwnFormAndYear() {
        RecordNumberPattern pattern = new RecordNumberPattern("P-{YYYY}-{NNNN}");
        assertEquals(OptionalLong.of(42), pattern.runningOf("P-2026-0042", DAY));
        assertEquals(OptionalLong.empty(), pattern.runningOf("P-2025-0042", DAY), "last year's");
        assertEquals(OptionalLong.empty(), pattern.runningOf("P-2026-00X2", DAY));
        assertEquals(OptionalLong.empty(), pattern.runningOf("P-2026-00042", DAY));
        assertEquals(OptionalLong.empty(), pattern.runningOf(null, DAY));
    }

    @Test
    void refusesPatternsThatCannotMakeRecordNumbersNamingTheFieldAndTheAllowedForm() {
        assertEquals(List.of(), RecordNumberPattern.check(""), "none: numbers are typed by hand");
        assertEquals(List.of(), RecordNumberPattern.check("P-{YYYY}-{NNNN}"));
        for (String wrong : List.of("P-{YYYY}", "P-{NN}", "p-{NNNN}", "P {NNNN}", "{NNNN}-{NNNN}", "P-{YYY}-{NNNN}",
                "-{NNNN}", "ABCDEFGHIJKLMNOP-{NNNNNNN}")) {
            var errors = RecordNumberPattern.check(wrong);
            assertEquals(1, errors.size(), wrong + ": " + errors);
            assertEquals(RecordNumberPattern.FIELD, errors.get(0).field());
            assertTrue(errors.get(0).message().contains(wrong) && errors.get(0).message().contains("P-{YYYY}-{NNNN}"),
                    errors.get(0).message());
        }
    }
}
