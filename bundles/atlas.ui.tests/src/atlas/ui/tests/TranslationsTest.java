package atlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

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

    private static Set<String> keys(URL file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
