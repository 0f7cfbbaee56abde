package atlas.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import atlas.core.patient.PatientQuery;

/** One formatter per language: what is shown can be typed back, and what people write is read. */
class ClinicDatesTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(1988, 3, 12);
    private static final ClinicDates GERMAN = new ClinicDates(Locale.GERMAN);
    private static final ClinicDates SWISS = new ClinicDates(Locale.forLanguageTag("de-CH"));
    private static final ClinicDates AMERICAN = new ClinicDates(Locale.US);
    private static final ClinicDates BRITISH = new ClinicDates(Locale.UK);

    @Test
    void germanReadsDayMonthWithOneOrTwoDigitsAndIso() {
        for (ClinicDates german : new ClinicDates[] { GERMAN, SWISS }) {
            assertEquals(Optional.of(BIRTHDAY), german.parse("12.3.1988"));
            assertEquals(Optional.of(BIRTHDAY), german.parse("12.03.1988"));
            assertEquals(Optional.of(BIRTHDAY), german.parse(" 1988-03-12 "));
            assertEquals("12.03.1988", german.date(BIRTHDAY));
        }
    }

    @Test
    void englishReadsMonthFirstInTheUsAndDayFirstInBritain() {
        assertEquals(Optional.of(BIRTHDAY), AMERICAN.parse("3/12/1988"));
        assertEquals(Optional.of(BIRTHDAY), AMERICAN.parse("03/12/1988"));
        assertEquals("3/12/1988", AMERICAN.date(BIRTHDAY));
        assertEquals(Optional.of(BIRTHDAY), BRITISH.parse("12/3/1988"));
        assertEquals("12/03/1988", BRITISH.date(BIRTHDAY));
    }

    @Test
    void whatIsShownCanBeTypedBack() {
        for (Locale language : new Locale[] { Locale.GERMAN, Locale.GERMANY, Locale.ENGLISH, Locale.US, Locale.UK,
                Locale.FRANCE, Locale.ITALY, Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("fr-CH") }) {
            ClinicDates dates = new ClinicDates(language);
            for (LocalDate day : new LocalDate[] { BIRTHDAY, LocalDate.of(2026, 12, 31), LocalDate.of(2001, 1, 1) }) {
                assertEquals(Optional.of(day), dates.parse(dates.date(day)), language + " " + dates.date(day));
            }
            assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), dates.parse(dates.example()), language.toString());
        }
    }

    @Test
    void refusesWhatIsNoDateOrAmbiguous() {
        assertEquals(Optional.empty(), GERMAN.parse("31.2.1988"), "no 31 February");
        assertEquals(Optional.empty(), GERMAN.parse("12.3.88"), "a two-digit year is ambiguous for a birth date");
        assertEquals(Optional.empty(), AMERICAN.parse("3/12/88"));
        assertEquals(Optional.empty(), GERMAN.parse("3/12/1988"), "German reads no US order");
        assertEquals(Optional.empty(), GERMAN.parse(""));
        assertEquals(Optional.empty(), GERMAN.parse(null));
        assertEquals(Optional.empty(), AMERICAN.parse("yesterday"));
    }

    @Test
    void timesAre24HoursInGermanAndTypeablePlainSpaceInEnglish() {
        LocalDateTime afternoon = LocalDateTime.of(2026, 3, 7, 14, 30);
        assertEquals("14:30", GERMAN.time(afternoon));
        assertEquals("07.03.2026 14:30", GERMAN.dateTime(afternoon));
        assertEquals("2:30 PM", AMERICAN.time(LocalTime.of(14, 30)));
        assertEquals("3/7/2026 2:30 PM", AMERICAN.dateTime(afternoon));
        assertEquals("", GERMAN.dateTime(null));
        assertEquals("", GERMAN.date(null));
    }

    @Test
    void timesAreReadInTheLanguagesFormAndOnTheTwentyFourHourClock() {
        assertEquals(Optional.of(LocalTime.of(14, 30)), GERMAN.parseTime("14:30"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), GERMAN.parseTime(" 9:05 "));
        assertEquals(Optional.of(LocalTime.of(14, 30)), AMERICAN.parseTime("2:30 PM"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), AMERICAN.parseTime("2:30 pm"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), AMERICAN.parseTime("14:30"));
        assertEquals(Optional.of(LocalTime.of(10, 15)), AMERICAN.parseTime(AMERICAN.time(LocalTime.of(10, 15))));
        assertEquals(Optional.empty(), GERMAN.parseTime("25:00"));
        assertEquals(Optional.empty(), GERMAN.parseTime("noon"));
        assertEquals(Optional.empty(), GERMAN.parseTime(""));
    }

    @Test
    void theSearchReadsADateOfBirthTheWayTheLanguageWritesIt() {
        assertEquals(PatientQuery.Kind.DATE_OF_BIRTH, PatientQuery.parse("12.3.1988", GERMAN).kind());
        assertEquals(BIRTHDAY, PatientQuery.parse("12.3.1988", GERMAN).dateOfBirth());
        assertEquals(BIRTHDAY, PatientQuery.parse("3/12/1988", AMERICAN).dateOfBirth());
        assertEquals(BIRTHDAY, PatientQuery.parse("1988-03-12", AMERICAN).dateOfBirth());
        assertEquals(PatientQuery.Kind.RECORD_NUMBER, PatientQuery.parse("3/12/1988", GERMAN).kind(),
                "German does not read month-first; digits are a record number");
    }
}
