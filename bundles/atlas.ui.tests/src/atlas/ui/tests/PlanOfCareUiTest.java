package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;

/**
 * A plan of care built in the editor: two goals (the NDI target proposed at the MCID from the
 * latest score, a target within measurement error warned about), three dosed interventions, signing
 * refused while a red flag blocks neck mobilisation and accepted once it is acknowledged, and a
 * goal turning "met" after a new score.
 */
class PlanOfCareUiTest {

    @Test
    void buildSignAndFollowAPlan() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("PLN-" + run, "Planck", "Paula",
                LocalDate.of(1972, 7, 7), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        episode = episodes.start(episode);
        Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(), LocalDateTime.now().withNano(0),
                null, VisitType.INITIAL_EVALUATION));
        Workbench.submitNdi(visit, 24);
        Workbench.submit(visit, "atlas.psfs", "psfs.1.name", "Reading for 30 minutes", "psfs.1", "4",
                "psfs.2.name", "Driving", "psfs.2", "5", "psfs.3.name", "Sleeping through", "psfs.3", "6");
        RedFlagService redFlags = Workbench.service(RedFlagService.class);
        RedFlagScreening flag = redFlags.record(new RedFlagScreening(patient.getId(), LocalDateTime.now().withNano(0),
                null, List.of("cad_dizziness")));

        double migraineRate = keepDiaryLastMonth(patient, 8);

        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, "Planck, Paula");
        // the plan of care and Interventions Given reach the plan service from background work only
        ThreadWatch<atlas.core.plan.PlanOfCareService> watch = ThreadWatch.of(atlas.core.plan.PlanOfCareService.class);
        Workbench.executeOnRecord(display, record, "atlas.plans.command.plan");
        Workbench.EditorTab planTab = Workbench.plan(display, "Planck, Paula");
        Composite plan = planTab.editor();
        // an editor tab beside the record, not a dialog over it: the record stays open in the main stack
        assertEquals("Plan: Planck, Paula", onUi(display, () -> planTab.part().getLabel()));
        assertTrue(onUi(display, () -> !record.isDisposed() && planTab.part().getParent() != null
                && planTab.part().getParent().getChildren().stream().anyMatch(part -> part.getWidget() == record)),
                "the plan's tab sits in the record's stack");
        // the editor reads the plan in the background and shows it when read
        waitFor("the plan read", () -> text(plan, "plan.status").equals("This episode has no plan of care yet.") ? true
                : null);
        assertTrue(text(plan, "plan.episode").contains("M53.0 Cervicocranial syndrome"), text(plan, "plan.episode"));
        press(plan, "plan.create");
        waitFor("the draft", () -> text(plan, "plan.status").equals("Revision 1: draft") ? true : null);

        // goal 1: NDI, baseline from the latest score, target proposed at the MCID (24 - 5.5)
        choose(plan, "plan.goal.measure", "Neck Disability Index");
        assertEquals("24", text(plan, "plan.goal.baseline"));
        assertEquals("18.5", text(plan, "plan.goal.target"));
        type(plan, "plan.goal.target", "21");
        assertTrue(text(plan, "plan.goal.hint").startsWith("a change of 3 is within measurement error"),
                text(plan, "plan.goal.hint"));
        type(plan, "plan.goal.target", "18");
        assertEquals("", text(plan, "plan.goal.hint"));
        press(plan, "plan.addGoal");
        // goal 2: long-term flexion-rotation test, typed by hand
        choose(plan, "plan.goal.term", "long-term");
        choose(plan, "plan.goal.measure", "Flexion-rotation test (range to the restricted side)");
        type(plan, "plan.goal.baseline", "24");
        type(plan, "plan.goal.target", "34");
        press(plan, "plan.addGoal");
        waitFor("two goals", () -> rows(plan, "plan.goals") == 2 ? true : null);
        // goal 3: monthly migraine days from the diary, halved (50 % responder)
        choose(plan, "plan.goal.measure", "Migraine days per 28 days (diary)");
        assertEquals(number(migraineRate), text(plan, "plan.goal.baseline"), "last month's rate");
        assertEquals(number(migraineRate / 2), text(plan, "plan.goal.target"));
        press(plan, "plan.addGoal");
        waitFor("three goals", () -> rows(plan, "plan.goals") == 3 ? true : null);
        assertEquals("Migraine days per 28 days (diary)", cell(plan, "plan.goals", 2, 1));
        // goal 4: one PSFS activity, followed by its name; +3 is beyond its own measurement error
        choose(plan, "plan.goal.measure", "PSFS: one activity");
        assertEquals("Reading for 30 minutes", text(plan, "plan.goal.activity"), "the latest PSFS's first activity");
        assertEquals("4", text(plan, "plan.goal.baseline"));
        assertEquals("7", text(plan, "plan.goal.target"));
        type(plan, "plan.goal.target", "6");
        assertTrue(text(plan, "plan.goal.hint").startsWith("a change of 2 is within measurement error; at least 3"),
                text(plan, "plan.goal.hint"));
        type(plan, "plan.goal.target", "7");
        press(plan, "plan.addGoal");
        waitFor("four goals", () -> rows(plan, "plan.goals") == 4 ? true : null);
        assertEquals("PSFS: one activity: Reading for 30 minutes", cell(plan, "plan.goals", 3, 1));
        // a goal is changed and one removed while the plan is a draft
        selectRow(plan, "plan.goals", 0);
        assertEquals("18", text(plan, "plan.goal.target"), "the chosen goal fills the fields");
        type(plan, "plan.goal.target", "18.5");
        press(plan, "plan.updateGoal");
        waitFor("the changed target", () -> "18.5".equals(cell(plan, "plan.goals", 0, 3)) ? true : null);
        selectRow(plan, "plan.goals", 1);
        press(plan, "plan.removeGoal");
        waitFor("the goal removed", () -> rows(plan, "plan.goals") == 3 ? true : null);
        assertEquals("Migraine days per 28 days (diary)", cell(plan, "plan.goals", 1, 1));

        addIntervention(plan, "Deep neck flexor training (CCFT stages)", Map.of("sets", "1", "reps", "10", "hold", "10",
                "load", "24 mmHg", "perWeek", "7"), true);
        addIntervention(plan, "Mobilisation (grades I-IV)", Map.of("side", "C1-C2", "grade", "III"), false);
        addIntervention(plan, "Ice or heat", Map.of("minutes", "15"), true);
        addIntervention(plan, "C1-C2 self-SNAG", Map.of("sets", "1", "reps", "6", "perWeek", "14"), true);
        addIntervention(plan, "Soft tissue / massage", Map.of("minutes", "10", "perWeek", "7"), true);
        assertEquals(5, rows(plan, "plan.interventions"));
        assertEquals("1 x 10, hold 10 s, 24 mmHg, 7 x/week",
                onUi(display, () -> ((Table) require(plan, "plan.interventions")).getItem(0).getText(1)));

        signPlan(plan);
        String refused = waitFor("the refusal", () -> text(plan, "plan.message").startsWith("Red flags") ? text(plan,
                "plan.message") : null);
        assertEquals("Red flags: The plan cannot be signed. Red-flag clearance is needed for Mobilisation (grades I-IV), "
                + "C1-C2 self-SNAG, and these red flags are not acknowledged yet: Dizziness. Acknowledge them on the patient "
                + "banner first, or leave these interventions out.", refused, "named in the user's words, no codes");
        assertWhole(plan, "plan.message");
        assertEquals("Revision 1: draft", text(plan, "plan.status"), "nothing signed while the flag is open");

        // the draft's home programme leaves out the self-SNAG and says it is a draft
        press(plan, "plan.handout");
        String draftSaved = text(plan, "plan.message");
        assertTrue(draftSaved.endsWith("left out until the plan is signed: C1-C2 self-SNAG."), draftSaved);
        String draftPage = pages(Workbench.shownFrom(draftSaved));
        assertTrue(draftPage.contains("DRAFT - this plan is not signed yet."), draftPage);
        assertTrue(draftPage.contains("Gentle nodding") && !draftPage.contains("Self-mobilisation"), draftPage);

        redFlags.acknowledge(flag.getId(), 0, "Vertebral artery screen negative; GP cleared.");
        signPlan(plan);
        waitFor("the signed plan", () -> text(plan, "plan.status").equals("Revision 1: signed") ? true : null);
        assertEquals("in progress, not due yet", onUi(display, () -> ((Table) require(plan, "plan.goals")).getItem(0)
                .getText(5)), "no better than the baseline yet, but the due date is ahead: not failed");

        // the home programme: the two exercises marked for home on a one-page handout
        press(plan, "plan.handout");
        String saved = text(plan, "plan.message");
        assertTrue(saved.startsWith(Workbench.SHOWN_FROM.replace("report", "handout")), saved);
        java.nio.file.Path handout = Workbench.shownFrom(saved);
        assertTrue(!handout.equals(Workbench.shownFrom(draftSaved)), "each print under its own name");
        String page = pages(handout);
        // written for the patient: plain names and instructions, the dose and frequency as people say them
        for (String expected : List.of("Your home programme", "Planck, Paula", "Gentle nodding", "10 times, hold each for 10 seconds",
                "once a day", "Cold or warmth", "for 15 minutes", "Self-mobilisation", "6 times", "twice a day")) {
            assertTrue(page.contains(expected), expected + " in: " + page);
        }
        for (String jargon : List.of("mmHg", "CCFT", "x/week", "SNAG", "grade")) {
            assertTrue(!page.contains(jargon), "no clinical shorthand (" + jargon + "): " + page);
        }
        assertTrue(!page.contains("Mobilisation (") && !page.contains("DRAFT"), "only what is marked for home: " + page);
        // a family member who helps at home has a part of their own, for the massage only
        for (String expected : List.of("For the person helping at home", "Your therapist has shown Paula these.",
                "Let Paula sit leaning forward")) {
            assertTrue(page.contains(expected), expected + " in: " + page);
        }

        // a revision is a new draft; the signed revision stays readable, not editable
        press(plan, "plan.revise");
        waitFor("the new draft", () -> text(plan, "plan.status").equals("Revision 2: draft") ? true : null);
        assertEquals(true, onUi(display, () -> require(plan, "plan.addGoal").isEnabled()));
        choose(plan, "plan.status", "Revision 1: signed");
        Workbench.idle(plan); // the chosen revision is read in the background
        assertEquals(false, onUi(display, () -> require(plan, "plan.addGoal").isEnabled()), "the signed revision is read");
        assertEquals(false, onUi(display, () -> require(plan, "plan.sign").isEnabled()));
        assertEquals(3, rows(plan, "plan.goals"));
        assertEquals("18.5", cell(plan, "plan.goals", 0, 3));
        assertTrue(onUi(display, () -> visibleRows((Table) require(plan, "plan.goals"))) >= 8,
                "at least eight goal rows visible at 1280x800");

        // at the visit: the interventions given, prefilled from the signed plan
        waitFor("the visit chosen", () -> onUi(display, () -> {
            org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) require(record, "record.timeline");
            if (tree.getItemCount() == 0 || tree.getItem(0).getItemCount() == 0) {
                return null;
            }
            tree.setSelection(tree.getItem(0).getItem(0));
            tree.notifyListeners(SWT.Selection, new Event());
            return true;
        }));
        // a flag raised since signing holds the neck techniques back at the visit, all or nothing
        RedFlagScreening diplopia = redFlags.record(new RedFlagScreening(patient.getId(),
                LocalDateTime.now().withNano(0), null, List.of("cad_diplopia")));
        Workbench.executeOnRecord(display, record, "atlas.plans.command.given");
        Shell given = dialog(display, "dialog.given");
        assertEquals("24 mmHg", text(given, "given.1.load"), "the planned dose, to correct if needed");
        type(given, "given.1.load", "26 mmHg");
        type(given, "given.1.response", "Held 10 x 10 s without compensation");
        press(given, "given.3"); // ice not given today
        press(given, "dialog.save");
        atlas.core.plan.PlanOfCareService planService = Workbench.service(atlas.core.plan.PlanOfCareService.class);
        // the save runs in the background; the refusal comes back to the open dialog
        String held = waitFor("the save's answer", () -> onUi(display, () -> given.isDisposed() ? ""
                : text(given, "given.message").isEmpty() ? null : text(given, "given.message")));
        assertTrue(held.startsWith("Red flags: This cannot be recorded as given. Red-flag clearance is needed for "
                + "Mobilisation (grades I-IV), C1-C2 self-SNAG, and these red flags are not acknowledged yet: Double vision."),
                held.isEmpty() ? "no refusal shown; the dialog " + (onUi(display, given::isDisposed) ? "closed" : "open")
                        + "; recorded " + planService.givenAt(visit.getId()).size() + "; screenings "
                        + redFlags.clearance(visit.getEpisodeId()) : held);
        assertWhole(given, "given.message");
        assertEquals(List.of(), planService.givenAt(visit.getId()), "nothing saved half: not even the exercise");
        redFlags.acknowledge(diplopia.getId(), 0, "Ophthalmology: known strabismus, not new.");
        press(given, "dialog.save");
        waitFor("the dialog closed", () -> onUi(display, () -> given.isDisposed() ? true : null));
        watch.close();
        assertTrue(watch.calls.containsAll(List.of("createDraft", "addGoal", "updateGoal", "removeGoal",
                "addIntervention", "sign", "homeProgramme", "revise", "goalsOf", "revisionsOf", "interventionsOf",
                "givenAt", "recordGiven")), "the dialogs used the watched service: " + watch.calls);
        assertEquals(List.of(), watch.onDisplay, "plan service calls on the display thread");
        List<atlas.core.plan.InterventionGiven> recorded = planService.givenAt(visit.getId());
        assertEquals(4, recorded.size(), "all but the ice");
        assertEquals("26 mmHg", recorded.get(0).getDosage().getLoadOrStage());
        assertEquals("Held 10 x 10 s without compensation", recorded.get(0).getResponse());

        // a new NDI score of 17 meets the goal: the plan's tab, closed by Ctrl+W and opened again, says so;
        // the record is told as the form dialog tells it after a save
        Workbench.submitNdi(visit, 17);
        Workbench.application().getContext().get(org.eclipse.e4.core.services.events.IEventBroker.class)
                .post(atlas.ui.AtlasContext.TOPIC_RECORD_CHANGED, patient.getId());
        display.syncExec(() -> {
            main.forceActive(); // the keyboard back in the main window after the dialogs
            Workbench.partsNow().activate(planTab.part(), true);
        });
        Keys.chord(display, SWT.CTRL, 'w', 'w');
        waitFor("the plan's tab closed", () -> onUi(display, () -> plan.isDisposed() ? true : null));
        Workbench.executeOnRecord(display, record, "atlas.plans.command.plan");
        Composite again = Workbench.plan(display, "Planck, Paula").editor();
        waitFor("the goals read", () -> rows(again, "plan.goals") > 0 ? true : null);
        assertEquals("met", onUi(display, () -> ((Table) require(again, "plan.goals")).getItem(0).getText(5)));
        String notices = waitFor("the goals on the banner", () -> onUi(display, () -> {
            String text = ((Label) require(record, "banner.notices")).getText();
            return text.contains("1 met") ? text : null;
        }));
        assertTrue(notices.contains("Goals: 1 met"), notices);
        assertTrue(notices.startsWith("Who will benefit: not judged yet: neck or jaw examination missing"),
                "no neck or jaw examination in this episode yet: " + notices);
        Workbench.closeRecords();
    }

    /** The text of a PDF's pages, as a PDF library reads it back. */
    private static String pages(java.nio.file.Path file) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(java.nio.file.Files.readAllBytes(file));
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            pdf.close();
        }
    }

    /**
     * The message line is tall enough for all its wrapped lines and, in a dialog, lies inside it (an
     * editor scrolls to it): read whole.
     */
    private static void assertWhole(Composite root, String id) {
        String problem = onUi(root.getDisplay(), () -> {
            Label line = (Label) require(root, id);
            org.eclipse.swt.graphics.Rectangle bounds = line.getBounds();
            int needed = line.computeSize(bounds.width, SWT.DEFAULT).y;
            if (bounds.height < needed) {
                return "cut: " + bounds.height + " px of " + needed;
            }
            if (root instanceof Shell shell) {
                org.eclipse.swt.graphics.Rectangle inShell = shell.getDisplay().map(line.getParent(), shell, bounds);
                return inShell.y + inShell.height > shell.getClientArea().height ? "below the dialog's edge" : "";
            }
            return "";
        });
        assertEquals("", problem, id);
    }

    /** Eight triptan-treated headaches last month: migraine days, normalised to 28 days. */
    private static double keepDiaryLastMonth(Patient patient, int days) throws Exception {
        java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
        List<HeadacheDiaryEntry> entries = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            HeadacheDiaryEntry entry = new HeadacheDiaryEntry(patient.getId(), last.atDay(day * 3).atTime(7, 0), 240, 6);
            entry.setMedicationName("Sumatriptan 50 mg");
            entry.setMedicationClass(MedicationClass.TRIPTAN);
            entries.add(entry);
        }
        Workbench.service(HeadacheDiaryService.class).recordAll(entries);
        return days * 28.0 / last.lengthOfMonth();
    }

    /** As the plan editor shows a number: whole numbers bare, others to one decimal. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }

    private static void selectRow(Composite shell, String id, int row) {
        shell.getDisplay().syncExec(() -> {
            Table table = (Table) require(shell, id);
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String cell(Composite shell, String id, int row, int column) {
        return onUi(shell.getDisplay(), () -> {
            Table table = (Table) require(shell, id);
            return row < table.getItemCount() ? table.getItem(row).getText(column) : null;
        });
    }

    /** Sign Plan, then the password in the signature dialog. */
    private static void signPlan(Composite plan) throws InterruptedException {
        Workbench.pressLater(plan, "plan.sign");
        Shell signature = Workbench.dialog(plan.getDisplay(), "dialog.signature");
        type(signature, "signature.password", Workbench.DEMO_PASSWORD);
        press(signature, "signature.ok");
        waitFor("the signature dialog closed", () -> onUi(plan.getDisplay(), () -> signature.isDisposed() ? true : null));
    }

    /**
     * Presses the button and waits until the editor's or dialog's background work (a change and the plan read
     * again, a check of the password) is done, as a user waits for the answer.
     */
    private static void press(Composite root, String id) throws InterruptedException {
        Workbench.press(root, id);
        Workbench.idle(root);
    }

    private static void addIntervention(Composite plan, String title, Map<String, String> dosage, boolean home)
            throws InterruptedException {
        choose(plan, "plan.intervention.code", title);
        dosage.forEach((field, value) -> type(plan, "plan.intervention." + field, value));
        if (home) {
            press(plan, "plan.intervention.home");
        }
        press(plan, "plan.addIntervention");
    }

    private static void choose(Composite shell, String id, String item) {
        shell.getDisplay().syncExec(() -> {
            Combo combo = (Combo) require(shell, id);
            combo.select(List.of(combo.getItems()).indexOf(item));
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String text(Composite shell, String id) {
        return onUi(shell.getDisplay(), () -> require(shell, id) instanceof Label label ? label.getText()
                : require(shell, id) instanceof Combo combo ? combo.getText()
                : ((org.eclipse.swt.widgets.Text) require(shell, id)).getText());
    }

    /** Rows of {@code table} that fit its height below the header. */
    static int visibleRows(Table table) {
        return (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
    }

    private static int rows(Composite shell, String id) {
        return onUi(shell.getDisplay(), () -> ((Table) require(shell, id)).getItemCount());
    }
}
