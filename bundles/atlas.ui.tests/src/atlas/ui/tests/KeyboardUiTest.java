package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.commands.CommandManager;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * The keyboard in the record, with real key events: every key binding of the application model
 * runs its command from inside the SOAP note; Tab and Shift+Tab move between the four sections,
 * Ctrl+Tab types a tab; the sections' Alt letters jump to them and never open a menu, because no
 * two mnemonics of the window share a letter.
 */
class KeyboardUiTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static int patientsMade;
    private static final String QUIT = "atlas.app.command.quit";
    private static final String CLOSE = "atlas.app.command.close";
    private Display display;
    private Shell main;
    private Composite record;

    @BeforeEach
    void openADraftNote() throws Exception {
        main = Workbench.mainShell();
        display = main.getDisplay();
        PatientService patients = Workbench.service(PatientService.class);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        ClinicalNoteService notes = Workbench.service(ClinicalNoteService.class);
        Workbench.databaseReady();
        Workbench.closeRecords();
        Patient patient = patients.register(new Patient("K-" + RUN + "-" + (++patientsMade), "Taste", "Kim",
                LocalDate.of(1979, 5, 4), Sex.FEMALE));
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M54.2", "Cervicalgia"))));
        episode = episodes.start(episode);
        Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(), LocalDateTime.now().withNano(0),
                null, VisitType.DAILY));
        ClinicalNote draft = new ClinicalNote(patient.getId(), visit.getId(), null);
        draft.setSubjective("Headache on waking, neck stiff.");
        notes.saveDraft(draft);
        record = Workbench.openAtFirstVisit(display, patient.getId(), "Taste, Kim");
        waitFor("the visit's note shown", () -> onUi(display,
                () -> section("note.subjective").getText().startsWith("Headache") ? true : null));
    }

    @AfterEach
    void closeTheRecord() throws Exception {
        closeDialogs();
        Workbench.closeParts(display, "atlas.outcomes."); // Ctrl+Shift+O opened the charts
        Workbench.closeRecords();
    }

    @Test
    void tabAndShiftTabMoveBetweenTheSectionsAndCtrlTabTypesATab() throws Exception {
        focusInto("note.subjective");
        Keys.key(display, '\t', SWT.TAB);
        assertEquals("note.objective", focusedId());
        Keys.key(display, '\t', SWT.TAB);
        assertEquals("note.assessment", focusedId());
        Keys.chord(display, SWT.SHIFT, '\t', SWT.TAB);
        assertEquals("note.objective", focusedId());
        Keys.chord(display, SWT.SHIFT, '\t', SWT.TAB);
        assertEquals("note.subjective", focusedId());
        display.syncExec(() -> section("note.subjective").setSelection(0));
        Keys.chord(display, SWT.CTRL, '\t', SWT.TAB);
        assertEquals("note.subjective", focusedId(), "Ctrl+Tab stays in the section");
        assertTrue(onUi(display, () -> section("note.subjective").getText()).startsWith("\tHeadache"),
                onUi(display, () -> section("note.subjective").getText()));
    }

    @Test
    void theSectionsAltLettersJumpToThemAndOpenNoMenu() throws Exception {
        Map<String, Character> letters = new TreeMap<>();
        display.syncExec(() -> {
            for (Control control : Workbench.all(record)) {
                if (control instanceof Label label && !label.isDisposed()) {
                    Character letter = mnemonic(label.getText());
                    Control next = nextSibling(label);
                    if (letter != null && next instanceof Text && idOf(next) != null
                            && idOf(next).startsWith("note.")) {
                        letters.put(idOf(next), letter);
                    }
                }
            }
        });
        assertEquals(Set.of("note.subjective", "note.objective", "note.assessment", "note.plan"), letters.keySet());
        focusInto("note.plan");
        for (String id : List.of("note.subjective", "note.objective", "note.assessment", "note.plan")) {
            char letter = Character.toLowerCase(letters.get(id));
            Keys.chord(display, SWT.ALT, letter, letter);
            assertEquals(id, focusedId(), "Alt+" + letter);
            assertEquals(List.of(), openMenus(), "Alt+" + letter + " opened a menu");
        }
    }

    @Test
    void noTwoMnemonicsOfTheRecordWindowShareALetter() throws Exception {
        Map<Character, List<String>> byLetter = mnemonicsOnScreen();
        assertEquals(List.of(), clashes(byLetter), "mnemonics shared in the main window");
        assertTrue(byLetter.size() >= 12, "menus and the record's labels carry mnemonics: " + byLetter);
    }

    /** The patient's charts and the visits of the day, each on screen beside the menus, share no letter with them. */
    @Test
    void noPartSharesAMnemonicWithTheMenus() throws Exception {
        Workbench.closeParts(display, "atlas.outcomes."); // only this patient's charts
        Workbench.executeOnRecord(display, record, "atlas.outcomes.command.patient");
        waitFor("the charts on screen", () -> onUi(display, () -> {
            Composite charts = Workbench.partWidget("atlas.outcomes.partdescriptor.patient");
            return charts != null && charts.isVisible() && Workbench.find(charts, "outcomes.wholeHistory") != null ? true
                    : null;
        }));
        assertEquals(List.of(), clashes(mnemonicsOnScreen()), "mnemonics shared beside the charts");
        Workbench.closeParts(display, "atlas.outcomes.");
        Workbench.executeLater(display, "atlas.patients.command.dayList", null);
        waitFor("the day list on screen", () -> onUi(display, () -> {
            Composite days = Workbench.partWidget("atlas.patients.partdescriptor.dayList");
            return days != null && days.isVisible() ? true : null;
        }));
        assertEquals(List.of(), clashes(mnemonicsOnScreen()), "mnemonics shared beside the visits of the day");
        Workbench.closeParts(display, "atlas.patients.partdescriptor.dayList");
    }

    /** The administrator's audit trail, on screen beside the menus, shares no letter with them. */
    @Test
    void theAuditTrailSharesNoMnemonicWithTheMenus() throws Exception {
        Workbench.closeRecords();
        Workbench.switchToAdministrator(display);
        try {
            Workbench.executeLater(display, "atlas.admin.command.audit", null);
            waitFor("the audit trail on screen", () -> onUi(display, () -> {
                Composite audit = Workbench.partWidget("atlas.admin.partdescriptor.audit");
                return audit != null && audit.isVisible() ? true : null;
            }));
            Map<Character, List<String>> letters = mnemonicsOnScreen();
            assertEquals(List.of(), clashes(letters), "mnemonics shared beside the audit trail");
            assertTrue(letters.keySet().containsAll(List.of('N', 'U', 'T', 'R', 'S', 'V', 'X')),
                    "the filter's fields and the three buttons: " + letters);
        } finally {
            Workbench.closeParts(display, "atlas.admin.partdescriptor.audit");
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }

    /** Letter -> where it is used, of the menu bar and every label and button on screen. */
    private Map<Character, List<String>> mnemonicsOnScreen() {
        Map<Character, List<String>> byLetter = new TreeMap<>();
        display.syncExec(() -> {
            for (MenuItem item : main.getMenuBar().getItems()) {
                add(byLetter, item.getText(), "menu " + item.getText());
            }
            for (Control control : Workbench.all(main)) {
                if (!control.isVisible()) {
                    continue; // in a tab behind another, or hidden: its letters do not fire
                }
                if (control instanceof Label label) {
                    add(byLetter, label.getText(), "label " + label.getText());
                } else if (control instanceof Button button) {
                    add(byLetter, button.getText(), "button " + button.getText());
                }
            }
        });
        return byLetter;
    }

    private static List<String> clashes(Map<Character, List<String>> byLetter) {
        return byLetter.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /**
     * Every binding of the model, pressed as keys while the cursor is in the note's first section,
     * runs its command's handler (seen by the command manager). Quit is the exception: pressing it
     * would end the test run, so its key is shown to resolve to an enabled Quit here, and the
     * product test presses it in the running product.
     */
    @Test
    void everyKeyBindingRunsItsCommandFromInsideTheNote() throws Exception {
        MApplication application = Workbench.application();
        IEclipseContext context = application.getContext();
        CommandManager commands = context.get(CommandManager.class);
        Map<String, String> ran = new ConcurrentHashMap<>();
        IExecutionListener listener = new IExecutionListener() {
            @Override
            public void preExecute(String commandId, ExecutionEvent event) {
                ran.put(commandId, "started");
            }

            @Override
            public void postExecuteSuccess(String commandId, Object returnValue) {
                ran.put(commandId, "done");
            }

            @Override
            public void postExecuteFailure(String commandId, ExecutionException exception) {
                ran.put(commandId, "failed: " + exception);
            }

            @Override
            public void notHandled(String commandId, NotHandledException exception) {
                ran.put(commandId, "not handled");
            }
        };
        List<MKeyBinding> bindings = ProductKeyBindings.of(application);
        assertTrue(bindings.size() >= 17, "the model's bindings: " + bindings.size());
        assertEquals(bindings.size(), bindings.stream().map(b -> ProductKeyBindings.sequence(b.getKeySequence())).distinct().count(),
                "no two commands share a key");
        bindings.sort(Comparator.comparing((MKeyBinding b) -> CLOSE.equals(b.getCommand().getElementId())));
        Map<String, String> outcome = new HashMap<>();
        commands.addExecutionListener(listener);
        try {
            for (MKeyBinding binding : bindings) {
                String command = binding.getCommand().getElementId();
                focusInto("note.subjective");
                prepare(command);
                ParameterizedCommand parameterized = context.get(ECommandService.class).createCommand(command, null);
                boolean enabled = onUi(display, () -> application.getContext().getActiveLeaf()
                        .get(EHandlerService.class).canExecute(parameterized));
                if (!enabled) {
                    outcome.put(binding.getKeySequence() + " " + command, "disabled in the note");
                    continue;
                }
                if (QUIT.equals(command)) {
                    outcome.put(binding.getKeySequence() + " " + command, "enabled (not pressed)");
                    continue;
                }
                ran.remove(command);
                press(binding.getKeySequence());
                String result = waitForFinish(ran, command);
                outcome.put(binding.getKeySequence() + " " + command, result);
            }
        } finally {
            commands.removeExecutionListener(listener);
            closeDialogs();
        }
        List<String> notRun = outcome.entrySet().stream().filter(e -> !e.getValue().equals("done")
                && !e.getValue().equals("enabled (not pressed)")).map(e -> e.getKey() + " -> " + e.getValue()).toList();
        assertEquals(List.of(), notRun, "bindings that did not run their command: " + outcome);
        assertTrue(outcome.keySet().stream().anyMatch(k -> k.startsWith("M1+M2+R ")), outcome.toString());
    }

    /** Puts the record in the state in which {@code command} has something to do. */
    private void prepare(String command) throws InterruptedException {
        switch (command) {
        case "atlas.app.command.save" -> Keys.typeInto(display, onUi(display, () -> section("note.subjective")),
                "Neck stiff in the morning.");
        case "atlas.app.command.undo" -> Keys.key(display, 'x', 'x');
        case "atlas.app.command.redo" -> {
            Keys.key(display, 'y', 'y');
            display.syncExec(() -> atlas.ui.TextHistory.ofFocused(display).orElseThrow().undo());
        }
        default -> {
            // enabled in the record as it is
        }
        }
    }

    /** Waits until the command has run, closing the dialogs it opens (as Escape would). */
    private String waitForFinish(Map<String, String> ran, String command) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            closeDialogs();
            String state = ran.get(command);
            if (state != null && !state.equals("started")) {
                Thread.sleep(300); // a dialog opened after the command returned (read in the background)
                closeDialogs();
                return state;
            }
            Thread.sleep(150);
        }
        return ran.getOrDefault(command, "never started");
    }

    /** Posts the keys of an e4 key sequence such as "M1+M2+R" or "F5". */
    private void press(String keySequence) throws InterruptedException {
        int modifiers = 0;
        String key = keySequence;
        for (String part : keySequence.split("\\+")) {
            switch (part) {
            case "M1" -> modifiers |= SWT.MOD1;
            case "M2" -> modifiers |= SWT.MOD2;
            case "M3" -> modifiers |= SWT.MOD3;
            default -> key = part;
            }
        }
        if (key.matches("F\\d+")) {
            Keys.chord(display, modifiers, (char) 0, SWT.F1 + Integer.parseInt(key.substring(1)) - 1);
        } else {
            char c = Character.toLowerCase(key.charAt(0));
            Keys.chord(display, modifiers, c, c);
        }
    }

    private void closeDialogs() {
        display.syncExec(() -> {
            for (Shell shell : display.getShells()) {
                if (shell != main && !shell.isDisposed() && shell.isVisible()) {
                    shell.close();
                }
            }
        });
    }

    private void focusInto(String id) throws InterruptedException {
        Workbench.record(display, "Taste, Kim");
        display.syncExec(() -> {
            main.forceActive();
            section(id).forceFocus();
        });
        waitFor(id + " focused", () -> id.equals(focusedId()) ? true : null);
    }

    private Text section(String id) {
        return (Text) require(record, id);
    }

    private String focusedId() {
        return onUi(display, () -> {
            Control focused = display.getFocusControl();
            return focused == null ? null : idOf(focused);
        });
    }

    private List<String> openMenus() {
        return onUi(display, () -> {
            List<String> open = new ArrayList<>();
            for (MenuItem item : main.getMenuBar().getItems()) {
                Menu menu = item.getMenu();
                if (menu != null && menu.isVisible()) {
                    open.add(item.getText());
                    menu.setVisible(false);
                }
            }
            return open;
        });
    }

    private static String idOf(Control control) {
        Object id = control.getData(atlas.ui.AtlasContext.WIDGET_ID);
        return id == null ? null : id.toString();
    }

    private static Control nextSibling(Control control) {
        Control[] siblings = control.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == control) {
                return siblings[i + 1];
            }
        }
        return null;
    }

    /** The letter after a single '&' ("&&" is a literal ampersand), upper case; null when none. */
    static Character mnemonic(String text) {
        for (int i = 0; text != null && i < text.length() - 1; i++) {
            if (text.charAt(i) == '&') {
                if (text.charAt(i + 1) == '&') {
                    i++;
                    continue;
                }
                return Character.toUpperCase(text.charAt(i + 1));
            }
        }
        return null;
    }

    private static void add(Map<Character, List<String>> byLetter, String text, String where) {
        Character letter = mnemonic(text);
        if (letter != null) {
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(where);
        }
    }
}
