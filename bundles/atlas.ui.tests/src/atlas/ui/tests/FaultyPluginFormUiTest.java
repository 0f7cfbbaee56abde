package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;

/**
 * Issue 21: a clinic plugin's faulty forms registered in the running workbench, as a plugin's DS
 * components register them. Before, one form whose title threw disabled Fill Form for every form
 * until a restart. Now the tab offers every other form, names the faulty one and its plugin above
 * the form, and a form whose scoring throws says so when its answer is typed - no stack trace, the
 * other forms fill as before.
 */
class FaultyPluginFormUiTest {

    @Test
    void aFaultyClinicFormIsNamedAndLeftOutWhileEveryOtherFormWorks() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        BundleContext context = FrameworkUtil.getBundle(FaultyPluginFormUiTest.class).getBundleContext();
        ServiceRegistration<FormDefinition> noTitle = context.registerService(FormDefinition.class,
                new ClinicForm("clinic.faulty.title", () -> {
                    throw new IllegalStateException("wording file missing");
                }, answers -> FormScoring.refused(List.of())), null);
        ServiceRegistration<FormDefinition> noScore = context.registerService(FormDefinition.class,
                new ClinicForm("clinic.faulty.score", () -> "Faulty score screen", answers -> {
                    throw new ArithmeticException("/ by zero");
                }), null);
        try {
            Composite record = FillFormUiTest.recordWithVisit(display, "Fehler", "Fritz");
            Workbench.executeOnRecord(display, record, "atlas.assessments.command.fillForm");
            Composite editor = Workbench.form(display, "Fehler, Fritz").editor();
            List<String> offered = waitFor("the forms offered", () -> onUi(display, () -> {
                List<String> items = List.of(((Combo) require(editor, "form.chooser")).getItems());
                return items.contains("Faulty score screen") ? items : null;
            }));
            assertTrue(offered.contains("Neck Disability Index (NDI)"), offered.toString());
            assertFalse(offered.contains("Never shown"), offered.toString());
            String leftOut = onUi(display, () -> {
                Label label = (Label) require(editor, "form.leftOut");
                return label.isVisible() ? label.getText() : "(hidden)";
            });
            assertTrue(leftOut.startsWith("The form \"clinic.faulty.title\" of the plugin ")
                    && leftOut.contains("asking for its title failed (IllegalStateException: wording file missing)"),
                    leftOut);

            display.syncExec(() -> {
                Combo chooser = (Combo) require(editor, "form.chooser");
                chooser.select(List.of(chooser.getItems()).indexOf("Faulty score screen"));
                chooser.notifyListeners(SWT.Selection, new Event());
                main.forceActive();
                require(editor, "form.item.q").forceFocus();
            });
            Keys.key(display, '3', '3');
            Keys.key(display, '\t', SWT.TAB);
            String said = waitFor("the scoring's failure named", () -> onUi(display, () -> {
                String result = ((Text) require(editor, "form.result")).getText();
                return result.contains("could not score the answers") ? result : null;
            }));
            assertTrue(said.contains("\"Faulty score screen\"") && said.contains("ArithmeticException: / by zero"), said);
            assertFalse(said.contains("at atlas."), "no stack trace: " + said);

            // every other form still fills and scores
            display.syncExec(() -> {
                Combo chooser = (Combo) require(editor, "form.chooser");
                chooser.select(List.of(chooser.getItems()).indexOf("Numeric Pain Rating Scale (NPRS)"));
                chooser.notifyListeners(SWT.Selection, new Event());
                require(editor, "form.item.nprs").forceFocus();
            });
            Keys.key(display, '6', '6');
            Keys.key(display, '\t', SWT.TAB);
            String scored = waitFor("the NPRS scored", () -> onUi(display, () -> {
                String result = ((Text) require(editor, "form.result")).getText();
                return result.contains(": 6 ") ? result : null;
            }));
            assertFalse(scored.contains("could not score"), scored);
            assertTrue(onUi(display, () -> ((org.eclipse.swt.widgets.Button) require(editor, "form.save")).isEnabled()),
                    "the NPRS can be saved");
        } finally {
            noTitle.unregister();
            noScore.unregister();
            Workbench.closeRecords();
        }
    }

    /** A one-question form of a clinic plugin, its title and its scoring as given. */
    private record ClinicForm(String id, java.util.function.Supplier<String> titled,
            java.util.function.Function<Map<String, String>, FormScoring> scoring) implements FormDefinition {

        @Override
        public String version() {
            return "1";
        }

        @Override
        public String title() {
            return titled.get();
        }

        @Override
        public List<FormItem> items() {
            return List.of(FormItem.wholeNumber("q", "How many nights woken by headache this week?", 0, 7, true));
        }

        @Override
        public String licenceNote() {
            return "";
        }

        @Override
        public FormScoring score(Map<String, String> answers) {
            return scoring.apply(answers);
        }
    }
}
