package atlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import atlas.ui.Counted;

/**
 * Every user-visible text of the UI bundles exists in English and German: each English
 * properties file (messages, model labels, red-flag wording) has a German twin with the same keys.
 */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = { "atlas.app", "atlas.ui", "atlas.patients.ui", "atlas.assessments.ui", "atlas.plans.ui", "atlas.forms",
            "atlas.measures", "atlas.core", "atlas.outcomes", "atlas.outcomes.ui", "atlas.reports", "atlas.admin.ui" })
    void everyEnglishTextHasAGermanTwin(String symbolicName) throws IOException {
        Bundle bundle = bundle(symbolicName);
        List<URL> english = new ArrayList<>();
        for (URL entry : Collections.list(bundle.findEntries("/", "*.properties", true))) {
            String path = entry.getPath();
            if (!path.contains("_") && !path.contains("/META-INF/") && !path.endsWith("build.properties")) {
                english.add(entry);
            }
        }
        assertFalse(english.isEmpty(), "no texts found in " + symbolicName);
        for (URL file : english) {
            String germanPath = file.getPath().replace(".properties", "_de.properties");
            URL german = bundle.getEntry(germanPath);
            assertNotNull(german, "German twin of " + file.getPath() + " in " + symbolicName);
            Set<String> englishKeys = keys(file);
            Set<String> germanKeys = keys(german);
            // core's field labels are English in the code (FieldRules) and only German in the file
            germanKeys.removeIf(key -> key.startsWith("label.") && !englishKeys.contains(key));
            assertEquals(englishKeys, germanKeys, file.getPath() + " and its German twin");
        }
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(TranslationsTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    /** Counts read right: "1 patient", "2 patients", "1 Patient", "2 Patienten", grouped digits. */
    @Test
    void countsReadRightInEnglishAndGerman() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Properties english = texts("atlas.patients.ui", "atlas/patients/ui/messages.properties");
            assertEquals("No patients.", Counted.of(english.getProperty("list_matches"), 0));
            assertEquals("1 patient.", Counted.of(english.getProperty("list_matches"), 1));
            assertEquals("1,234 patients.", Counted.of(english.getProperty("list_matches"), 1234));
            assertEquals("1 visit on 3/7/2026.", Counted.of(english.getProperty("dayList_count"), 1, "3/7/2026"));
            Locale.setDefault(Locale.GERMAN);
            Properties german = texts("atlas.patients.ui", "atlas/patients/ui/messages_de.properties");
            assertEquals("1 Patient.", Counted.of(german.getProperty("list_matches"), 1));
            assertEquals("2 Patienten.", Counted.of(german.getProperty("list_matches"), 2));
            assertEquals("1.234 Patienten.", Counted.of(german.getProperty("list_matches"), 1234L));
            Properties banner = texts("atlas.ui", "atlas/ui/messages_de.properties");
            assertEquals("1 Jahr", Counted.of(banner.getProperty("banner_age"), 1));
            assertEquals("41 Jahre", Counted.of(banner.getProperty("banner_age"), 41));
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * A counting message is a MessageFormat pattern: it must parse, and a single quote in it would
     * silently swallow the rest of the text.
     */
    @ParameterizedTest
    @ValueSource(strings = { "atlas.app", "atlas.ui", "atlas.patients.ui", "atlas.assessments.ui", "atlas.plans.ui",
            "atlas.admin.ui" })
    void everyCountingMessageIsAValidChoice(String symbolicName) throws IOException {
        Bundle bundle = bundle(symbolicName);
        for (URL file : Collections.list(bundle.findEntries("/", "messages*.properties", true))) {
            Properties texts = new Properties();
            try (InputStream in = file.openStream()) {
                texts.load(in);
            }
            for (String key : texts.stringPropertyNames()) {
                String message = texts.getProperty(key);
                if (message.contains(",choice,")) {
                    assertFalse(message.contains("'"), key + " in " + file.getPath() + " has a quote");
                    assertNotNull(new MessageFormat(message).format(new Object[] { 1, 1, 1 }), key);
                }
            }
        }
    }

    private static Properties texts(String symbolicName, String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = bundle(symbolicName).getResource(path).openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keys(URL file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
