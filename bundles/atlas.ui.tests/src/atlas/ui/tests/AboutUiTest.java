package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: Help > About Atlas names the version and build, the Java Atlas runs on, and the
 * third-party libraries running in it with their licences - the LGPL of JFreeChart, the Apache
 * licence of the HAPI FHIR jars inside atlas.fhir.hapi - and Escape closes it.
 */
class AboutUiTest {

    @Test
    void aboutAtlasNamesTheVersionJavaAndEachLibrarysLicence() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.executeLater(display, "atlas.app.command.about", Map.of());
        Shell about = Workbench.dialog(display, "about");
        String version = onUi(display, () -> ((Label) require(about, "about.version")).getText());
        assertTrue(version.matches("Atlas 0\\.1\\.0 \\(build \\w+\\)"), version);
        String java = onUi(display, () -> ((Label) require(about, "about.java")).getText());
        assertTrue(java.startsWith("Running on Java " + Runtime.version()), java);
        List<String> rows = onUi(display, () -> {
            List<String> read = new ArrayList<>();
            for (TableItem item : ((Table) require(about, "about.libraries")).getItems()) {
                read.add(item.getText(0) + " " + item.getText(1) + ": " + item.getText(2));
            }
            return read;
        });
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("wrapped.org.jfree.jfreechart 1.5.6") && row.endsWith(
                ": LGPL-2.1-or-later")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("hapi-fhir-base 8.8.1") && row.endsWith(": Apache-2.0")),
                String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("com.h2database ") && row.endsWith(": MPL-2.0 or EPL-1.0")),
                String.join("\n", rows));
        assertTrue(rows.stream().noneMatch(row -> row.startsWith("atlas.")), "Atlas's own bundles are not third-party");
        display.syncExec(about::forceActive);
        Keys.key(display, SWT.ESC, SWT.ESC);
        waitFor("the dialog closed by Escape", () -> onUi(display, () -> about.isDisposed() ? true : null));
    }
}
