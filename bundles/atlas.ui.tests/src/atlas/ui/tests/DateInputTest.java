package atlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import atlas.ui.DateInput;

/** Dates as therapists type them, in German and US English, and ISO in every language. */
class DateInputTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(1980, 3, 12);

    @Test
    void germanTherapistsTypeDayMonthYear() {
        DateInput german = new DateInput(Locale.GERMANY);
        assertEquals(Optional.of(BIRTHDAY), german.parse("12.03.1980"));
        assertEquals(Optional.of(BIRTHDAY), german.parse(" 1980-03-12 "));
        assertEquals("12.03.1980", german.format(BIRTHDAY));
        assertEquals(Optional.empty(), german.parse("31.02.1980"), "no 31 February");
        assertEquals(Optional.empty(), german.parse("12.03.80"), "a two-digit year is ambiguous for a birth date");
        assertTrue(german.notADate("31.02.1980").contains("27.11.2026"), german.notADate("31.02.1980"));
    }

    @Test
    void americanTherapistsTypeMonthDayYear() {
        DateInput american = new DateInput(Locale.US);
        assertEquals(Optional.of(BIRTHDAY), american.parse("3/12/1980"));
        assertEquals(Optional.of(LocalDate.of(1980, 12, 3)), american.parse("12/3/1980"));
        assertEquals(Optional.empty(), american.parse(""));
        assertEquals(Optional.empty(), american.parse("yesterday"));
    }
}
