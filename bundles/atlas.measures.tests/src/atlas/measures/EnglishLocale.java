package atlas.measures;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class in British English, so message assertions do not depend on the machine. */
class EnglishLocale implements BeforeAllCallback, AfterAllCallback {

    private Locale before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(before);
    }
}
