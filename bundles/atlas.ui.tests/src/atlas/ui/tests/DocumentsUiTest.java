package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditTrail;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * Issue 18, documents received: the therapist, with the patient chosen in the list, opens Patient >
 * Documents, types the path of a program renamed to .pdf and presses Enter (refused, naming what is
 * allowed, nothing kept), then an MRI picture (kept, listed), and opens it (the plain copy holds
 * the same bytes). The front desk sees no list and may attach a referral scan only; the therapist
 * then lists both, newest first; the audit trail has each attachment and the opening.
 */
class DocumentsUiTest {

    @Test
    void receivedFilesAreAttachedByKeysListedAndOpenedByWhoMay() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String number = "DO-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-1";
        Patient patient = Workbench.service(PatientService.class).register(new Patient(number, "Akte", "Alma",
                LocalDate.of(1979, 9, 9), Sex.FEMALE));
        Path folder = Files.createTempDirectory("doc");
        Path program = Files.write(folder.resolve("letter.pdf"),
                "MZ\u0090\u0000 not a letter".getBytes(StandardCharsets.ISO_8859_1));
        Path mri = Files.write(folder.resolve("mri.png"), png());
        Path referral = Files.write(folder.resolve("referral.pdf"),
                "%PDF-1.4\n% referral of Alma Akte\n".getBytes(StandardCharsets.ISO_8859_1));
        try {
            Workbench.chooseInList(display, number);
            Shell dialog = documents(display);
            waitFor("an empty list said", () -> onUi(display, () -> message(dialog).startsWith("No documents") ? true
                    : null));
            attachByKeys(display, dialog, program);
            String refused = waitFor("the program refused", () -> onUi(display, () -> message(dialog)
                    .startsWith("letter.pdf was not attached") ? message(dialog) : null));
            assertTrue(refused.contains("a PDF, JPEG or PNG file"), refused);
            assertEquals(0, onUi(display, () -> table(dialog).getItemCount()), "nothing kept");

            display.syncExec(() -> ((Combo) require(dialog, "documents.kind")).select(1)); // Imaging report
            attachByKeys(display, dialog, mri);
            waitFor("the picture kept and listed", () -> onUi(display, () -> table(dialog).getItemCount() == 1
                    && message(dialog).equals("Imaging report mri.png kept in the record.") ? true : null));
            assertEquals(List.of("Imaging report", "mri.png", "demo.therapist"), onUi(display,
                    () -> List.of(table(dialog).getItem(0).getText(1), table(dialog).getItem(0).getText(2),
                            table(dialog).getItem(0).getText(3))));
            Workbench.press(dialog, "documents.open"); // the new one is chosen
            String opened = waitFor("the picture shown", () -> onUi(display, () -> message(dialog)
                    .startsWith("mri.png is shown from") ? message(dialog) : null));
            assertArrayEquals(Files.readAllBytes(mri), Files.readAllBytes(Workbench.shownFrom(opened)),
                    "the file as it was attached");
            Workbench.press(dialog, "dialog.close");

            Workbench.switchUser(display, "demo.desk");
            Workbench.chooseInList(display, number);
            Shell desks = documents(display);
            assertNull(onUi(display, () -> find(desks, "documents.table")), "the front desk reads no document");
            assertEquals(List.of("Referral (scan)"), onUi(display,
                    () -> List.of(((Combo) require(desks, "documents.kind")).getItems())));
            attachByKeys(display, desks, referral);
            waitFor("the referral kept", () -> onUi(display, () -> message(desks)
                    .equals("Referral (scan) referral.pdf kept in the record.") ? true : null));
            Workbench.press(desks, "dialog.close");

            Workbench.switchUser(display, Workbench.THERAPIST);
            Workbench.chooseInList(display, number);
            Shell again = documents(display);
            waitFor("both listed, newest first", () -> onUi(display, () -> table(again).getItemCount() == 2
                    && table(again).getItem(0).getText(2).equals("referral.pdf")
                    && table(again).getItem(0).getText(3).equals("demo.desk") ? true : null));
            Workbench.press(again, "dialog.close");

            Workbench.switchToAdministrator(display);
            List<String> trail = Workbench.service(AuditTrail.class).eventsOfPatient(patient.getId(), 20).stream()
                    .filter(event -> event.getRecordType().equals("PatientDocument"))
                    .map(event -> event.getAction() + " " + event.getActor()).toList();
            assertEquals(List.of(AuditAction.CREATE + " demo.desk", AuditAction.OPEN_RECORD + " demo.therapist",
                    AuditAction.CREATE + " demo.therapist"), trail, "newest first");
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }

    private static Shell documents(Display display) throws InterruptedException {
        Workbench.executeLater(display, "atlas.patients.command.documents", null);
        return Workbench.dialog(display, "dialog.documents");
    }

    /** The path typed with real keys into the file field, then Enter - which attaches, not closes. */
    private static void attachByKeys(Display display, Shell dialog, Path file) throws InterruptedException {
        Keys.typeInto(display, onUi(display, () -> require(dialog, "documents.file")), file.toString());
        Keys.key(display, '\r', SWT.CR);
    }

    private static Table table(Shell dialog) {
        return (Table) require(dialog, "documents.table");
    }

    private static String message(Shell dialog) {
        return ((Label) require(dialog, "documents.message")).getText();
    }

    /** A real PNG, as a phone's photo of an imaging report would be (smaller). */
    static byte[] png() {
        org.eclipse.swt.graphics.ImageData picture = new org.eclipse.swt.graphics.ImageData(40, 30, 24,
                new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        picture.setPixel(10, 10, 0xFF0000);
        org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { picture };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        loader.save(bytes, SWT.IMAGE_PNG);
        return bytes.toByteArray();
    }
}
