package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.plan.PlanOfCareService;

/**
 * The plan of care behaves as an Eclipse editor: typing the frequency marks its tab with a star,
 * Ctrl+S saves it (a wrong number is refused naming the field, the typing kept), and Ctrl+W asks
 * about unsaved typing - Cancel keeps the tab, Don't Save drops the typing, Save stores it. Keys
 * are real key events, as a user presses them.
 */
class PlanEditorUiTest {

    private static final String PATIENT = "Frequenz, Fiona";

    @Test
    void typingIsMarkedSavedByCtrlSAndAskedAboutOnClosing() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("FRQ-" + run, "Frequenz",
                "Fiona", LocalDate.of(1981, 1, 1), Sex.FEMALE));
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        long episodeId = Workbench.service(EpisodeService.class).start(episode).getId();
        PlanOfCareService plans = Workbench.service(PlanOfCareService.class);

        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, PATIENT);
        Workbench.executeOnRecord(display, record, "atlas.plans.command.plan");
        Workbench.EditorTab tab = Workbench.plan(display, PATIENT);
        Composite plan = tab.editor();
        waitFor("the plan read", () -> text(plan, "plan.status").startsWith("This episode has no plan") ? true : null);
        press(plan, "plan.create");
        waitFor("the draft", () -> text(plan, "plan.status").equals("Revision 1: draft") ? true : null);
        assertEquals(false, onUi(display, () -> tab.part().isDirty()), "nothing typed yet");

        // typed: the tab is marked; Ctrl+S saves; the mark goes
        Keys.typeInto(display, field(plan, "plan.sessionsPerWeek"), "3");
        waitFor("the tab marked", () -> onUi(display, () -> tab.part().isDirty()) ? true : null);
        assertEquals("*Plan: " + PATIENT, tabText(display, tab), "the star of unsaved work");
        Keys.chord(display, SWT.CTRL, 's', 's');
        waitFor("saved", () -> onUi(display, () -> tab.part().isDirty()) ? null : true);
        assertEquals(3, plans.revisionsOf(episodeId).get(0).getSessionsPerWeek());
        assertEquals("Plan: " + PATIENT, tabText(display, tab));

        // a wrong number: refused naming the field and what was typed; the typing stays, nothing stored
        Keys.typeInto(display, field(plan, "plan.weeks"), "6x");
        Keys.chord(display, SWT.CTRL, 's', 's');
        waitFor("the refusal", () -> text(plan, "plan.message").isEmpty() ? null : true);
        assertEquals("Weeks: \"6x\" is not a whole number", text(plan, "plan.message"));
        assertEquals(true, onUi(display, () -> tab.part().isDirty()));
        assertEquals(6, plans.revisionsOf(episodeId).get(0).getWeeks());

        // closing asks: Cancel keeps the tab and the typing
        Keys.chord(display, SWT.CTRL, 'w', 'w');
        Workbench.pressLabelled(question(display), "Cancel");
        Workbench.idle(plan);
        assertEquals("6x", text(plan, "plan.weeks"), "still on screen");
        assertEquals(true, onUi(display, () -> tab.part().isDirty()));

        // Don't Save: the tab closes, the store keeps what it had
        Keys.typeInto(display, field(plan, "plan.weeks"), "8");
        Keys.chord(display, SWT.CTRL, 'w', 'w');
        Workbench.pressLabelled(question(display), "&Don't Save");
        waitFor("the tab closed", () -> onUi(display, () -> plan.isDisposed() ? true : null));
        assertEquals(6, plans.revisionsOf(episodeId).get(0).getWeeks(), "dropped as chosen");

        // opened again it shows what is stored; Save on closing stores what was typed
        Workbench.executeOnRecord(display, record, "atlas.plans.command.plan");
        Workbench.EditorTab again = Workbench.plan(display, PATIENT);
        waitFor("the draft read", () -> text(again.editor(), "plan.weeks").equals("6") ? true : null);
        Keys.typeInto(display, field(again.editor(), "plan.weeks"), "10");
        waitFor("the tab marked", () -> onUi(display, () -> again.part().isDirty()) ? true : null);
        Keys.chord(display, SWT.CTRL, 'w', 'w');
        Workbench.pressLabelled(question(display), "&Save");
        waitFor("the tab closed", () -> onUi(display, () -> again.editor().isDisposed() ? true : null));
        assertEquals(10, plans.revisionsOf(episodeId).get(0).getWeeks(), "saved on closing");
        Workbench.closeRecords();
    }

    /** The question on closing: "Plan: Frequenz, Fiona has changes that are not saved yet. Save them?" */
    private static Shell question(Display display) throws InterruptedException {
        Shell shell = waitFor("the question on closing", () -> onUi(display, () -> {
            for (Shell open : display.getShells()) {
                if (open.isVisible() && ("Plan: " + PATIENT).equals(open.getText())) {
                    return open;
                }
            }
            return null;
        }));
        String asked = onUi(display, () -> labels(shell));
        assertTrue(asked.contains("Plan: " + PATIENT + " has changes that are not saved yet. Save them?"), asked);
        return shell;
    }

    private static String labels(Composite root) {
        StringBuilder all = new StringBuilder();
        for (Control child : root.getChildren()) {
            if (child instanceof Label label) {
                all.append(label.getText()).append('\n');
            } else if (child instanceof Composite inner) {
                all.append(labels(inner));
            }
        }
        return all.toString();
    }

    /** The text of the plan's tab as the user sees it. */
    private static String tabText(Display display, Workbench.EditorTab tab) {
        return onUi(display, () -> {
            Control widget = (Control) tab.part().getWidget();
            for (Composite parent = widget.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof CTabFolder folder) {
                    for (CTabItem item : folder.getItems()) {
                        if (item.getControl() == widget || item.getData("modelElement") == tab.part()) {
                            return item.getText();
                        }
                    }
                }
            }
            return null;
        });
    }

    private static void press(Composite root, String id) throws InterruptedException {
        Workbench.press(root, id);
        Workbench.idle(root);
    }

    private static Text field(Composite root, String id) {
        return onUi(root.getDisplay(), () -> (Text) require(root, id));
    }

    private static String text(Composite root, String id) {
        return onUi(root.getDisplay(), () -> require(root, id) instanceof Label label ? label.getText()
                : require(root, id) instanceof org.eclipse.swt.widgets.Combo combo ? combo.getText()
                : ((Text) require(root, id)).getText());
    }
}
