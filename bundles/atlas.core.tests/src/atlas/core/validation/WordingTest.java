package atlas.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.Sex;
import atlas.core.store.StoreProblem;

/** Validation messages and store problems speak the user's language, English or German. */
class WordingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aGermanUserReadsGermanFieldNamesAndRules() {
        Locale.setDefault(Locale.GERMANY);
        Patient patient = new Patient("p 1", "", "Anna", TODAY.plusDays(1), Sex.FEMALE);
        var errors = patient.validate(TODAY);
        assertEquals("Aktennummer: \u201ep 1\u201c ist ung\u00fcltig: 1 bis 20 Gro\u00dfbuchstaben, Ziffern oder Bindestriche,"
                + " z. B. P-2026-0001", errors.get(0).toString());
        assertEquals("Nachname: ist erforderlich (1 bis 80 Zeichen)", errors.get(1).toString());
        assertEquals("Geburtsdatum: 28.11.2026 liegt nach dem 27.11.2026; erlaubt 01.01.1900 bis 27.11.2026",
                errors.get(2).toString());
        assertTrue(StoreProblem.DATABASE_IN_USE.describe("/srv/atlas").startsWith("Die Patientendatenbank in /srv/atlas"));
    }

    @Test
    void anEnglishUserReadsTheSameRulesInEnglish() {
        Locale.setDefault(Locale.UK);
        Patient patient = new Patient("P-1", "", "Anna", LocalDate.of(1980, 1, 1), Sex.FEMALE);
        assertEquals("Family name: is required (1 to 80 characters)", patient.validate(TODAY).get(0).toString());
        assertEquals("Ask your administrator: the server is backed up with PostgreSQL's own tools (pg_dump).",
                StoreProblem.BACKUP_NOT_EMBEDDED.advice(), "a quote in a message pattern survives");
    }

    @Test
    void everyPermissionIsNamedInWordsForItsRefusal() throws IOException {
        Set<String> english = keys("wording.properties");
        for (atlas.core.security.Permission permission : atlas.core.security.Permission.values()) {
            assertTrue(english.contains("permission." + permission.name()), permission + " has no words for a refusal");
        }
    }

    @Test
    void everyMessageHasAGermanTranslationAndNoGermanKeyIsStale() throws IOException {
        Set<String> english = keys("wording.properties");
        Set<String> german = keys("wording_de.properties").stream().filter(key -> !key.startsWith("label."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(english, german);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
