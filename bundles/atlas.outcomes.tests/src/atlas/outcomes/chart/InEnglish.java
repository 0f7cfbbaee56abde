package atlas.outcomes.chart;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class's charts in English (their words and dates are compared as written), then restores the language. */
final class InEnglish implements BeforeAllCallback, AfterAllCallback {

    private Locale before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(before);
    }
}
