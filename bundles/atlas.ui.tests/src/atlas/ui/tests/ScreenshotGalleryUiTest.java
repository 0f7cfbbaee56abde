package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;

/**
 * The screenshot gallery (issue 17): the main parts and the everyday dialogs rendered at 1280x800
 * and 1920x1080 into target/screenshots/NAME_LANGUAGE_WIDTHxHEIGHT.png, for a person to review at a
 * glance (the German run is its own surefire execution, started with -nl de). Each dialog is also
 * checked for what a user would see wrong: a control beyond the dialog's edge, a button too
 * small for its label, or two labels or buttons sharing one Alt letter.
 */
class ScreenshotGalleryUiTest {

    private static final Path FOLDER = Path.of(System.getProperty("atlas.test.screenshots", "target/screenshots"));
    private static final int[][] SIZES = { { 1280, 800 }, { 1920, 1080 } };

    @Test
    void everyPartAndDialogAtBothSizes() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Files.createDirectories(FOLDER);
        String language = Locale.getDefault().getLanguage();
        Patient patient = demoPatient();
        atlas.core.document.PatientDocumentService documents = Workbench.service(
                atlas.core.document.PatientDocumentService.class);
        if (documents.listOf(patient.getId()).isEmpty()) { // the documents dialog with a received file listed
            documents.attach(patient.getId(), atlas.core.document.DocumentKind.IMAGING_REPORT,
                    "mri-cervical-spine.png", DocumentsUiTest.png());
        }
        Patient unsigned = unsignedWithARedFlag();
        Path export = Files.createTempFile("export", ".csv");
        Files.write(export, ("Patientennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Telefon;Krankenkasse\r\n"
                + "P-20418;Brunner;Eva;02.02.1955;w;044 123 45 67;CSS\r\n"
                + "P-20419;Galerie;Gina;09.02.1984;w;;Helsana\r\n"
                + "P-20420;Frei;Urs;5/5/1960;m;079 555 12 12;\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Rectangle screen = onUi(display, () -> display.getBounds());
        Rectangle before = onUi(display, main::getBounds);
        List<String> written = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int[] size : SIZES) {
            if (screen.width < size[0] || screen.height < size[1]) {
                System.err.println("Screenshot gallery: the screen (" + screen.width + "x" + screen.height
                        + ") is smaller than " + size[0] + "x" + size[1] + "; that size is left out");
                continue;
            }
            String suffix = "_" + language + "_" + size[0] + "x" + size[1];
            display.syncExec(() -> {
                main.setBounds(0, 0, size[0], size[1]);
                main.layout(true, true);
            });
            Workbench.closeRecords();
            written.add(shoot(main, "patients" + suffix));
            Workbench.executeLater(display, "atlas.patients.command.openRecord",
                    Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
            Composite record = Workbench.record(display, patient.displayName());
            chooseFirstVisit(record);
            written.add(shoot(main, "record" + suffix));
            for (String[] dialog : new String[][] { { "atlas.patients.command.register", "dialog.registerPatient" },
                    { "atlas.patients.command.startEpisode", "dialog.startEpisode" },
                    { "atlas.patients.command.addVisit", "dialog.addVisit" },
                    { "atlas.patients.command.screenRedFlags", "dialog.intakeScreening" },
                    { "atlas.plans.command.given", "dialog.given" },
                    { "atlas.app.command.changePassword", "dialog.changePassword" },
                    { "atlas.patients.command.addAddendum", "dialog.addendum" },
                    { "atlas.patients.command.editPatient", "dialog.editPatient" },
                    { "atlas.patients.command.editReferral", "dialog.editReferral" },
                    { "atlas.patients.command.bookSeries", "dialog.bookSeries" },
                    { "atlas.patients.command.referrers", "dialog.referrers" },
                    { "atlas.patients.command.documents", "dialog.documents" },
                    { "atlas.outcomes.command.progressReport", "dialog.reportLetter" },
                    { "atlas.outcomes.command.evaluationLetter", "dialog.reportLetter", "evaluationLetter" } }) {
                Workbench.executeOnRecord(display, record, dialog[0]);
                shootDialog(display, dialog[1], dialog.length > 2 ? dialog[2] : dialog[1].substring("dialog.".length()),
                        suffix, written, wrong);
            }
            Workbench.pressLater(record, "record.benefit");
            shootDialog(display, "dialog.benefit", suffix, written, wrong);
            for (String[] part : new String[][] { { "atlas.outcomes.command.patient", "charts" },
                    { "atlas.plans.command.plan", "plan" }, { "atlas.assessments.command.diary", "diary" },
                    { "atlas.assessments.command.fillForm", "form" } }) {
                Workbench.executeOnRecord(display, record, part[0]);
                Thread.sleep(2500); // read and drawn in the background
                written.add(shoot(main, part[1] + suffix));
            }
            Workbench.executeLater(display, "atlas.patients.command.dayList", null);
            Thread.sleep(1500);
            written.add(shoot(main, "day-list" + suffix));
            Workbench.executeLater(display, "atlas.patients.command.weekCalendar", null);
            Thread.sleep(1500);
            written.add(shoot(main, "week-calendar" + suffix));
            Workbench.closeParts(display, "atlas.patients.partdescriptor.weekCalendar");
            Workbench.executeLater(display, "atlas.patients.command.recall", null);
            Thread.sleep(1500);
            written.add(shoot(main, "recall" + suffix));
            Workbench.closeParts(display, "atlas.patients.partdescriptor.recall");
            // another system's export read: its columns, a wrong date and a likely duplicate listed
            Workbench.executeLater(display, "atlas.patients.command.importPatients", null);
            Shell importing = Workbench.dialog(display, "dialog.importPatients");
            display.syncExec(() -> {
                org.eclipse.swt.widgets.Text file = (org.eclipse.swt.widgets.Text) Workbench.require(importing,
                        "import.file");
                file.setText(export.toString());
                file.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            });
            waitFor("the export checked", () -> onUi(display, () -> ((org.eclipse.swt.widgets.Table) Workbench
                    .require(importing, "import.problems")).getItemCount() == 2 ? true : null));
            shootDialog(display, "dialog.importPatients", suffix, written, wrong);
            Workbench.executeLater(display, "atlas.outcomes.command.clinic", null);
            Thread.sleep(2500);
            written.add(shoot(main, "clinic-outcomes" + suffix));
            Workbench.closeParts(display, "atlas.outcomes.");
            Workbench.closeParts(display, "atlas.patients.partdescriptor.dayList");
            Workbench.closeRecords();
            // signing a note, acknowledging a red flag and the discharge, on a patient of the gallery's own
            Composite note = Workbench.openAtFirstVisit(display, unsigned.getId(), unsigned.displayName());
            waitFor("the visit's note shown", () -> onUi(display, () -> ((org.eclipse.swt.widgets.Text) Workbench
                    .require(note, "note.subjective")).getText().startsWith("Headache") ? true : null));
            Workbench.executeOnRecord(display, note, "atlas.patients.command.signNote");
            shootDialog(display, "dialog.signature", suffix, written, wrong);
            Workbench.pressLater(note, "banner.redFlags.acknowledge");
            shootDialog(display, "dialog.acknowledgeRedFlag", suffix, written, wrong);
            Workbench.executeOnRecord(display, note, "atlas.patients.command.discharge");
            shootDialog(display, "dialog.discharge", suffix, written, wrong);
            Workbench.closeRecords();
            // the sign-in, as the next person at the desk meets it (left by signing in, not by closing)
            Workbench.executeLater(display, "atlas.app.command.switchUser", null);
            Shell signIn = Workbench.dialog(display, "dialog.signIn");
            Workbench.idle(signIn);
            written.add(shoot(signIn, "signIn" + suffix));
            wrong.addAll(onUi(display, () -> problems(signIn, "dialog.signIn" + suffix)));
            Workbench.signIn(display, signIn, Workbench.THERAPIST);
            // the administrator's dialogs, as a new clinic meets them
            Workbench.switchToAdministrator(display);
            try {
                for (String[] dialog : new String[][] { { "atlas.admin.command.firstDay", "dialog.firstDay" },
                        { "atlas.admin.command.clinicDetails", "dialog.clinicDetails" },
                        { "atlas.admin.command.users", "dialog.users" },
                        { "atlas.admin.command.backupPlan", "dialog.backupPlan" },
                        { "atlas.admin.command.questionnaireWording", "dialog.questionnaireWording" },
                        { "atlas.admin.command.changeKey", "dialog.changeDatabaseKey" } }) {
                    Workbench.executeLater(display, dialog[0], null);
                    shootDialog(display, dialog[1], suffix, written, wrong);
                }
                Workbench.executeLater(display, "atlas.admin.command.audit", null);
                Thread.sleep(2500); // searched in the background
                written.add(shoot(main, "audit" + suffix));
                Workbench.closeParts(display, "atlas.admin.partdescriptor.audit");
            } finally {
                Workbench.switchUser(display, Workbench.THERAPIST);
            }
        }
        display.syncExec(() -> main.setBounds(before)); // as the other tests know it
        System.err.println("Screenshot gallery: " + written.size() + " pictures in " + FOLDER.toAbsolutePath());
        assertTrue(written.size() >= 14, "the pictures of at least one size: " + written);
        assertEquals(List.of(), wrong, "what a user would see wrong in the dialogs");
    }

    /** The dialog {@code id} once open and idle: its picture taken, what is wrong with it noted, then closed. */
    private static void shootDialog(Display display, String id, String suffix, List<String> written, List<String> wrong)
            throws Exception {
        shootDialog(display, id, id.substring("dialog.".length()), suffix, written, wrong);
    }

    /** The dialog {@code id} shot as {@code name}: one dialog may serve several commands. */
    private static void shootDialog(Display display, String id, String name, String suffix, List<String> written,
            List<String> wrong) throws Exception {
        Shell shell = Workbench.dialog(display, id);
        Workbench.idle(shell);
        written.add(shoot(shell, name + suffix));
        wrong.addAll(onUi(display, () -> problems(shell, id + suffix)));
        display.syncExec(shell::close);
        waitFor("the dialog closed", () -> onUi(display, () -> shell.isDisposed() ? true : null));
    }

    /** A patient of the gallery's own: today's visit with a draft note to sign and a red flag not yet acknowledged. */
    private static Patient unsignedWithARedFlag() throws Exception {
        String number = "GALLERY-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(atlas.core.patient.PatientService.class).register(new Patient(number,
                "Galerie", "Gina", java.time.LocalDate.of(1984, 2, 9), atlas.core.patient.Sex.FEMALE));
        atlas.core.episode.EpisodeService episodes = Workbench.service(atlas.core.episode.EpisodeService.class);
        atlas.core.episode.EpisodeOfCare episode = new atlas.core.episode.EpisodeOfCare(patient.getId(),
                java.time.LocalDate.now(), "GP", java.time.LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(atlas.core.episode.Diagnosis.icd10("M54.2", "Cervicalgia"))));
        episode = episodes.start(episode);
        atlas.core.episode.Visit visit = episodes.addVisit(new atlas.core.episode.Visit(patient.getId(),
                episode.getId(), java.time.LocalDateTime.now().withNano(0), null,
                atlas.core.episode.VisitType.INITIAL_EVALUATION));
        atlas.core.note.ClinicalNote draft = new atlas.core.note.ClinicalNote(patient.getId(), visit.getId(), null);
        draft.setSubjective("Headache on waking, neck stiff.");
        Workbench.service(atlas.core.note.ClinicalNoteService.class).saveDraft(draft);
        Workbench.service(atlas.core.redflag.RedFlagService.class).record(new atlas.core.redflag.RedFlagScreening(
                patient.getId(), java.time.LocalDateTime.now().withNano(0), null, List.of("cad_dizziness")));
        return patient;
    }

    /** A demo patient with a history (episodes, visits, a plan, a diary). */
    private static Patient demoPatient() throws Exception {
        return Workbench.service(PatientService.class).list(0, 200).stream()
                .filter(each -> each.getRecordNumber().startsWith("DEMO-")).findFirst().orElseThrow();
    }

    /** The newest visit of the first episode, chosen in the timeline (forms and interventions given need one). */
    private static void chooseFirstVisit(Composite record) throws InterruptedException {
        waitFor("a visit chosen", () -> onUi(record.getDisplay(), () -> {
            Tree tree = (Tree) Workbench.require(record, "record.timeline");
            if (tree.getItemCount() == 0 || tree.getItem(0).getItemCount() == 0) {
                return null;
            }
            tree.setSelection(tree.getItem(0).getItem(0));
            tree.notifyListeners(SWT.Selection, new Event());
            return true;
        }));
        Thread.sleep(500);
    }

    /** Writes what is on screen inside {@code shell} to NAME.png; returns the name. */
    private static String shoot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        Thread.sleep(300);
        display.syncExec(() -> {
            shell.update();
            // the client area where it is on screen (a shell's bounds include a window manager's frame, if any)
            Rectangle bounds = display.map(shell, null, shell.getClientArea());
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] { image.getImageData() };
            png.save(FOLDER.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
            image.dispose();
        });
        assertTrue(Files.size(FOLDER.resolve(name + ".png")) > 1000, name);
        return name;
    }

    /**
     * What is wrong in {@code shell} as a user sees it: a visible control reaching beyond the
     * dialog's edge (outside a scrolling area), a button narrower than its label.
     */
    private static List<String> problems(Shell shell, String name) {
        List<String> found = new ArrayList<>();
        Rectangle area = shell.getClientArea();
        java.util.Map<Character, List<String>> letters = new java.util.TreeMap<>();
        List<Control> pending = new ArrayList<>(List.of(shell.getChildren()));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (!control.isVisible()) {
                continue;
            }
            String text = control instanceof Button button ? button.getText()
                    : control instanceof org.eclipse.swt.widgets.Label label ? label.getText() : null;
            Character letter = KeyboardUiTest.mnemonic(text);
            if (letter != null) {
                letters.computeIfAbsent(letter, key -> new ArrayList<>()).add(text);
            }
            Rectangle inShell = shell.getDisplay().map(control.getParent(), shell, control.getBounds());
            if (inShell.x + inShell.width > area.width + 1 || inShell.y + inShell.height > area.height + 1) {
                found.add(name + ": " + describe(control) + " reaches beyond the edge (" + inShell + " in " + area + ")");
            }
            if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0
                    && button.getSize().x + 2 < button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x) {
                found.add(name + ": the button " + button.getText() + " is cut");
            }
            if (control instanceof Composite composite && !(control instanceof ScrolledComposite)) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        // Alt+letter must reach one field: two labels or buttons with one letter leave the user guessing
        letters.forEach((letter, texts) -> {
            if (texts.size() > 1) {
                found.add(name + ": the Alt letter " + letter + " is shared by " + texts);
            }
        });
        return found;
    }

    private static String describe(Control control) {
        Object id = control.getData(atlas.ui.AtlasContext.WIDGET_ID);
        String text = control instanceof Button button ? button.getText()
                : control instanceof org.eclipse.swt.widgets.Label label ? label.getText() : "";
        return control.getClass().getSimpleName() + (id == null ? "" : " " + id) + (text.isEmpty() ? "" : " \"" + text + "\"");
    }
}
