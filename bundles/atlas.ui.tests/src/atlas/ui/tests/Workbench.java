package atlas.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import atlas.ui.AtlasContext;

/**
 * The running Atlas workbench as a test sees it: services from the OSGi registry, widgets found
 * by their {@link AtlasContext#WIDGET_ID} and read on the UI thread.
 */
final class Workbench {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Workbench() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Workbench.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(PATIENCE.toMillis());
        if (service == null) {
            throw new AssertionError(type.getSimpleName() + " service did not appear within " + PATIENCE);
        }
        return service;
    }

    static MApplication application() throws InterruptedException {
        return service(IWorkbench.class).getApplication();
    }

    /** The main window's shell, once it is rendered. */
    static Shell mainShell() throws InterruptedException {
        MApplication application = application();
        return waitFor("the main window", () -> {
            MWindow window = application.getChildren().isEmpty() ? null : application.getChildren().get(0);
            return window != null && window.getWidget() instanceof Shell shell ? shell : null;
        });
    }

    /** The demo therapist the UI tests work as (demo accounts: atlas.demo.DemoAccounts). */
    static final String THERAPIST = "demo.therapist";
    static final String DEMO_PASSWORD = "atlas-demo-2026";

    /**
     * Waits until the clinical database is open and a user is signed in, so the commands that need
     * it are enabled: when Atlas asks for the sign-in, types the demo therapist's name and password
     * into the dialog and presses Sign In, as a therapist would.
     */
    static void databaseReady() throws InterruptedException {
        IEclipseContext context = application().getContext();
        Display display = Display.getDefault();
        waitFor("the clinical database to open and the sign-in", () -> {
            if (Boolean.TRUE.equals(context.get(AtlasContext.DATABASE_READY))) {
                return true;
            }
            display.syncExec(() -> {
                for (Shell shell : display.getShells()) {
                    if ("dialog.signIn".equals(shell.getData(AtlasContext.WIDGET_ID)) && shell.isVisible()
                            && find(shell, "signIn.username") instanceof Text name) {
                        name.setText(THERAPIST);
                        ((Text) find(shell, "signIn.password")).setText(DEMO_PASSWORD);
                        click((Button) find(shell, "signIn.ok"));
                    }
                }
            });
            return null;
        });
        productKeyBindings();
    }

    private static boolean productKeys;

    /**
     * Once per test run: the key bindings as the product has them, not as the test harness's IDE
     * bundles override them (ProductKeyBindings), so every test pressing Ctrl+S, Ctrl+W or Ctrl+Z
     * meets the product's commands.
     */
    private static synchronized void productKeyBindings() {
        if (!productKeys) {
            try {
                ProductKeyBindings.of(application());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the product's key bindings could not be put back", e);
            }
            productKeys = true;
        }
    }

    /**
     * File > Sign Out / Switch User, then signs in as {@code username} (a demo account) through the
     * sign-in dialog; returns once that user's session has started.
     */
    static void switchUser(Display display, String username) throws InterruptedException {
        executeLater(display, "atlas.app.command.switchUser", null);
        signIn(display, dialog(display, "dialog.signIn"), username);
    }

    /**
     * The patient list brought to the front, searched for {@code recordNumber} (with a digit, so it is
     * searched as a number) and its one row chosen, as the front desk chooses a patient; returns the list.
     */
    static Composite chooseInList(Display display, String recordNumber) throws InterruptedException {
        Composite list = onUi(display, () -> {
            partsNow().getParts().stream().filter(part -> "atlas.app.part.patients".equals(part.getElementId()))
                    .findFirst().ifPresent(part -> partsNow().activate(part, true));
            return partWidget("atlas.app.part.patients");
        });
        type(list, "patients.search", recordNumber);
        waitFor("the patient listed and chosen", () -> onUi(display, () -> {
            org.eclipse.swt.widgets.Table rows = (org.eclipse.swt.widgets.Table) find(list, "patients.table");
            if (rows.getItemCount() == 1 && rows.getItem(0).getText(0).equals(recordNumber)) {
                rows.setSelection(0);
                rows.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                return true;
            }
            return null;
        }));
        return list;
    }

    /** Signs in through the open sign-in {@code dialog} as {@code username} (a demo account); returns once signed in. */
    static void signIn(Display display, Shell dialog, String username) throws InterruptedException {
        IEclipseContext context = application().getContext();
        display.syncExec(() -> {
            ((Text) find(dialog, "signIn.username")).setText(username);
            ((Text) find(dialog, "signIn.password")).setText(DEMO_PASSWORD);
            click((Button) find(dialog, "signIn.ok"));
        });
        waitFor("the session of " + username, () -> context.get(AtlasContext.USER) instanceof atlas.core.security.UserAccount
                user && user.getUsername().equals(username) ? true : null);
    }

    /**
     * Signs in as the demo administrator; the first such sign-in of a run protects the database key
     * and shows the recovery key once, which is written down as an administrator would.
     */
    static void switchToAdministrator(Display display) throws InterruptedException {
        switchUser(display, "admin");
        if (dialogWithin(display, "dialog.recoveryKey", Duration.ofSeconds(3)) != null) {
            AdministrationUiTest.writeDownRecoveryKey(display);
        }
    }

    static final String RECORD_PART = "atlas.patients.partdescriptor.record";
    /** The plan-of-care editor's part descriptor (atlas.plans.ui fragment.e4xmi). */
    static final String PLAN_PART = "atlas.plans.partdescriptor.plan";
    /** The headache diary's part descriptor (atlas.assessments.ui fragment.e4xmi). */
    static final String DIARY_PART = "atlas.assessments.partdescriptor.diary";
    /** The forms of a visit's part descriptor (atlas.assessments.ui fragment.e4xmi). */
    static final String FORM_PART = "atlas.assessments.partdescriptor.form";

    /** The main window's part service. */
    static EPartService parts() throws InterruptedException {
        return application().getChildren().get(0).getContext().get(EPartService.class);
    }

    /**
     * The record part showing {@code patient} (its tab label), once its banner shows the name; it
     * is activated, as a click into it would, so that the record commands act on it.
     */
    /** An editor tab (plan of care, headache diary): its MPart and the editor's root, which carries the busy mark. */
    record EditorTab(MPart part, Composite editor) {
    }

    /** The plan-of-care editor tab of {@code patient} once its plan is read, brought to the front. */
    static EditorTab plan(Display display, String patient) throws InterruptedException {
        return editor(display, PLAN_PART, patient, "plan.editor");
    }

    /** The headache-diary editor tab of {@code patient}, brought to the front. */
    static EditorTab diary(Display display, String patient) throws InterruptedException {
        return editor(display, DIARY_PART, patient, "diary.editor");
    }

    /** The forms tab of {@code patient}'s visit (its label starts "Form: " and names the patient), once its forms are offered. */
    static EditorTab form(Display display, String patient) throws InterruptedException {
        EditorTab tab = editor(display, FORM_PART, patient + ",", "form.editor", true);
        waitFor("the forms offered", () -> onUi(display, () ->
                ((org.eclipse.swt.widgets.Combo) require(tab.editor(), "form.chooser")).getItemCount() > 0 ? true : null));
        return tab;
    }

    private static EditorTab editor(Display display, String descriptor, String patient, String rootId)
            throws InterruptedException {
        return editor(display, descriptor, patient, rootId, false);
    }

    private static EditorTab editor(Display display, String descriptor, String patient, String rootId, boolean named)
            throws InterruptedException {
        EPartService parts = parts();
        return waitFor("the " + rootId + " of " + patient, () -> onUi(display, () -> {
            for (MPart part : parts.getParts()) {
                if (descriptor.equals(part.getElementId()) && part.getWidget() instanceof Composite widget
                        && !widget.isDisposed() && part.getLabel() != null
                        && (named ? part.getLabel().contains(": " + patient) : part.getLabel().endsWith(patient))
                        && find(widget, rootId) instanceof Composite editor) {
                    parts.activate(part, true);
                    return new EditorTab(part, editor);
                }
            }
            return null;
        }));
    }

    static Composite record(Display display, String patient) throws InterruptedException {
        EPartService parts = parts();
        return waitFor("the record of " + patient, () -> onUi(display, () -> {
            for (MPart part : parts.getParts()) {
                if (RECORD_PART.equals(part.getElementId()) && part.getWidget() instanceof Composite widget
                        && !widget.isDisposed() && find(widget, "banner.name") instanceof Label name
                        && name.getText().equals(patient)) {
                    parts.activate(part, true);
                    return widget;
                }
            }
            return null;
        }));
    }

    /**
     * Opens the record of {@code patientId} (its tab shows {@code name}) and chooses the first visit
     * of its newest episode in the timeline, as a click would; returns the record part's widget.
     */
    static Composite openAtFirstVisit(Display display, long patientId, String name) throws InterruptedException {
        executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patientId)));
        Composite record = record(display, name);
        waitFor("the visit chosen", () -> onUi(display, () -> {
            org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) require(record, "record.timeline");
            if (tree.getItemCount() == 0 || tree.getItem(0).getItemCount() == 0) {
                return null;
            }
            tree.setSelection(tree.getItem(0).getItem(0));
            tree.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            return true;
        }));
        return record;
    }

    /** Activates the record part {@code widget} belongs to, then runs the command without waiting. */
    static void executeOnRecord(Display display, Composite record, String commandId) throws InterruptedException {
        EPartService parts = parts();
        display.syncExec(() -> parts.getParts().stream().filter(part -> part.getWidget() == record).findFirst()
                .ifPresent(part -> parts.activate(part, true)));
        executeLater(display, commandId, null);
    }

    /** Closes every open patient record, plan of care, diary and forms tab, so a test starts from the patient list alone. */
    static void closeRecords() throws InterruptedException {
        EPartService parts = parts();
        Shell main = mainShell();
        main.getDisplay().syncExec(() -> {
            for (MPart part : List.copyOf(parts.getParts())) {
                if (List.of(RECORD_PART, PLAN_PART, DIARY_PART, FORM_PART).contains(part.getElementId())) {
                    parts.hidePart(part, true);
                }
            }
            // after a modal dialog closed, nothing (no window manager) gives the main window back
            // the keyboard: the next test's keys and focus go to it, as after a click on it
            main.forceActive();
        });
    }

    /** The part service, for use inside UI-thread lambdas (which cannot wait for the workbench). */
    static EPartService partsNow() {
        try {
            return parts();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The widget of the open part made from {@code descriptor}, or null; call on the UI thread. */
    static Composite partWidget(String descriptor) {
        for (MPart part : partsNow().getParts()) {
            if (descriptor.equals(part.getElementId()) && part.getWidget() instanceof Composite widget
                    && !widget.isDisposed()) {
                return widget;
            }
        }
        return null;
    }

    /** Closes every open part whose id starts with {@code prefix} (an area's tabs). */
    static void closeParts(Display display, String prefix) {
        display.syncExec(() -> List.copyOf(partsNow().getParts()).stream()
                .filter(part -> part.getElementId().startsWith(prefix)).forEach(part -> partsNow().hidePart(part, true)));
    }

    /** Every control below {@code root}; call on the UI thread. */
    static List<Control> all(Composite root) {
        List<Control> found = new ArrayList<>();
        List<Control> pending = new ArrayList<>(List.of(root.getChildren()));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            found.add(control);
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return found;
    }

    /** The texts of every label in a shell (a message dialog's message) or a tab; call on the UI thread. */
    static List<String> labels(Composite root) {
        return all(root).stream().filter(Label.class::isInstance).map(label -> ((Label) label).getText()).toList();
    }

    /** Runs on the UI thread and returns the result. */
    static <T> T onUi(Display display, Supplier<T> read) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(read.get()));
        return result.get();
    }

    /** The control named {@code id} below the shell; call on the UI thread. */
    static Control find(Composite root, String id) {
        List<Control> pending = new ArrayList<>(List.of(root.getChildren()));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (id.equals(control.getData(AtlasContext.WIDGET_ID))) {
                return control;
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return null;
    }

    /** Runs a command on the UI thread without waiting: it may open a modal dialog. */
    static void executeLater(Display display, String commandId, Map<String, String> parameters)
            throws InterruptedException {
        IEclipseContext context = application().getContext();
        MApplication model = application();
        display.asyncExec(() -> {
            if (context.getActiveChild() == null && !model.getChildren().isEmpty()
                    && model.getChildren().get(0).getContext() != null) {
                // after a modal dialog, without a window manager nothing gives the window back its focus
                model.getChildren().get(0).getContext().activate();
            }
            ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, parameters);
            context.get(EHandlerService.class).executeHandler(command);
        });
    }

    /** The open shell named {@code id} (a dialog), once it is open. */
    static Shell dialog(Display display, String id) throws InterruptedException {
        return waitFor("the dialog " + id, () -> onUi(display, () -> {
            for (Shell shell : display.getShells()) {
                if (id.equals(shell.getData(AtlasContext.WIDGET_ID)) && shell.isVisible()) {
                    return shell;
                }
            }
            return null;
        }));
    }

    /** The shell named {@code id} if it opens within {@code patience}, else null. */
    static Shell dialogWithin(Display display, String id, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Shell shell = onUi(display, () -> {
                for (Shell open : display.getShells()) {
                    if (id.equals(open.getData(AtlasContext.WIDGET_ID)) && open.isVisible()) {
                        return open;
                    }
                }
                return null;
            });
            if (shell != null) {
                return shell;
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** The open shell titled {@code title} (a JFace message dialog), once it is open. */
    static Shell dialogTitled(Display display, String title) throws InterruptedException {
        return waitFor("the dialog \"" + title + "\"", () -> onUi(display, () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    return shell;
                }
            }
            return null;
        }));
    }

    /** Closes every visible window but {@code main}: what a failed test left open does not block the next. */
    static void closeDialogs(Shell main) {
        Display display = main.getDisplay();
        display.syncExec(() -> java.util.Arrays.stream(display.getShells())
                .filter(shell -> shell != main && shell.isVisible()).forEach(Shell::close));
    }

    /** Types {@code text} into the field named {@code id}, as replacing its content would. */
    static void type(Composite root, String id, String text) {
        root.getDisplay().syncExec(() -> ((Text) require(root, id)).setText(text));
    }

    /**
     * Submits an NDI for {@code visit} through the form service, as the window does: ten sections
     * that add up to {@code raw} points.
     */
    static void submitNdi(atlas.core.episode.Visit visit, int raw) throws Exception {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        for (int section = 1; section <= 10; section++) {
            sections.put("ndi." + section, Integer.toString(raw / 10 + (section <= raw % 10 ? 1 : 0)));
        }
        service(atlas.core.form.FormResponseService.class).submit(visit.getId(), "atlas.ndi", sections);
    }

    /** Submits answers of the form {@code formId} for {@code visit}, alternating item ids and answers. */
    static void submit(atlas.core.episode.Visit visit, String formId, String... itemsAndAnswers) throws Exception {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < itemsAndAnswers.length; i += 2) {
            answers.put(itemsAndAnswers[i], itemsAndAnswers[i + 1]);
        }
        service(atlas.core.form.FormResponseService.class).submit(visit.getId(), formId, answers);
    }

    /** Clicks the button named {@code id}. */
    static void press(Composite root, String id) {
        root.getDisplay().syncExec(() -> click((Button) require(root, id)));
    }

    /** Clicks the button named {@code id} without waiting: the click may open a modal dialog. */
    static void pressLater(Composite root, String id) {
        root.getDisplay().asyncExec(() -> click((Button) require(root, id)));
    }

    /** Clicks the button labelled {@code label} (with its mnemonic), for JFace message dialogs. */
    static void pressLabelled(Shell shell, String label) {
        shell.getDisplay().syncExec(() -> {
            List<Control> pending = new ArrayList<>(List.of(shell.getChildren()));
            while (!pending.isEmpty()) {
                Control control = pending.remove(0);
                if (control instanceof Button button && label.equals(button.getText())) {
                    click(button);
                    return;
                }
                if (control instanceof Composite composite) {
                    pending.addAll(List.of(composite.getChildren()));
                }
            }
            throw new AssertionError("No button \"" + label + "\" in " + shell.getText());
        });
    }

    private static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("The button " + button.getText() + " is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    static Control require(Composite root, String id) {
        Control control = find(root, id);
        if (control == null) {
            throw new AssertionError("No control " + id + " in " + root);
        }
        return control;
    }

    private static String openWindows() {
        Display display = Display.getDefault();
        List<String> titles = new ArrayList<>();
        display.syncExec(() -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible()) {
                    titles.add("\"" + shell.getText() + "\"");
                }
            }
        });
        return String.join(", ", titles);
    }

    /** Waits until {@code dialog} has no save or password check running in the background. */
    static void idle(org.eclipse.swt.widgets.Control dialog) throws InterruptedException {
        Display display = Display.getDefault(); // the dialog may be closed (disposed) already
        waitFor("the dialog's background work done", () -> onUi(display,
                () -> dialog.isDisposed() || dialog.getData(atlas.ui.AtlasDialog.BUSY) == null ? true : null));
    }

    /** Polls until {@code value} is non-null, failing after a minute with {@code what}. */
    static <T> T waitFor(String what, Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for " + what + "; open windows: " + openWindows());
    }

    /** How a printed report's message begins (a handout's: "handout" for "report"). */
    static final String SHOWN_FROM = "The report is kept in the record; shown from ";

    /** A printed PDF read back: where it is shown from, its page count and the text of all pages. */
    record Printed(java.nio.file.Path file, int pages, String text) {
    }

    /** Presses Progress Report in a patient's outcomes part and reads the PDF it shows. */
    static Printed progressReport(Composite outcomes) throws Exception {
        return progressReport(outcomes, null, null);
    }

    /**
     * Prints the progress report from the charts: the letter dialog asks first, where
     * {@code addressee} and {@code narrative} are typed over the proposal (null: left as proposed).
     */
    static Printed progressReport(Composite outcomes, String addressee, String narrative) throws Exception {
        Display display = outcomes.getDisplay();
        press(outcomes, "outcomes.progressReport");
        Shell letter = dialog(display, "dialog.reportLetter");
        if (addressee != null) {
            type(letter, "letter.addressee", addressee);
        }
        if (narrative != null) {
            type(letter, "letter.narrative", narrative);
        }
        press(letter, "dialog.print");
        String saved = waitFor("the report written", () -> onUi(display, () -> {
            String text = ((org.eclipse.swt.widgets.Label) find(outcomes, "outcomes.message")).getText();
            return text.startsWith(SHOWN_FROM) ? text : null;
        }));
        java.nio.file.Path pdf = shownFrom(saved);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(java.nio.file.Files.readAllBytes(pdf));
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
            }
            return new Printed(pdf, reader.getNumberOfPages(), text.toString());
        } finally {
            reader.close();
        }
    }

    /** The plain copy a printed document is shown from, as its message names it. */
    static java.nio.file.Path shownFrom(String message) {
        int from = message.indexOf("shown from ") + "shown from ".length();
        return java.nio.file.Path.of(message.substring(from, message.indexOf(" until Atlas closes", from)));
    }

    /**
     * The files of the data folder whose raw bytes hold {@code text} (UTF-8 or UTF-16, as Java and
     * H2 write strings): after the documents shown are gone, a patient's name must be nowhere.
     */
    static List<String> filesHolding(java.nio.file.Path folder, String text) throws java.io.IOException {
        List<String> found = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_8,
                        java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
                    if (indexOf(bytes, text.getBytes(charset)) >= 0) {
                        found.add(folder.relativize(file) + " (" + charset + ")");
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
