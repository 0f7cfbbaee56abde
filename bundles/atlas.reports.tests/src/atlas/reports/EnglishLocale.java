package atlas.reports;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with English as the default locale (the reports' words are read back in English)
 * and restores the machine's locale afterwards - the same extension as atlas.core.tests' and
 * atlas.measures.tests' EnglishLocale: each test fragment sees only its own host's packages.
 */
final class EnglishLocale implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace SAVED = ExtensionContext.Namespace.create(EnglishLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(SAVED).put("locale", Locale.getDefault());
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(SAVED).get("locale", Locale.class));
    }
}
