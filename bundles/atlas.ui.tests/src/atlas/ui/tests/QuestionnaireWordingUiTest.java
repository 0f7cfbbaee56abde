package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.press;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.form.FormWordingService;

/**
 * A clinic's licensed questionnaire wording: the administrator imports a wording file through
 * Administration > Questionnaire Wording (a file that does not fit refused with its lines and keys),
 * the therapist's form shows it and says whose it is, and prints the form blank in it.
 */
class QuestionnaireWordingUiTest {

    private static final String GOOD = "# HIT-6 wording held under licence by the test clinic\n"
            + "form=atlas.hit6\nlanguage=en\nowner=Test Clinic (licence T-1)\n"
            + "hit6.1=Licensed item one?\nhit6.2=Licensed item two?\nhit6.3=Licensed item three?\n"
            + "hit6.4=Licensed item four?\nhit6.5=Licensed item five?\nhit6.6=Licensed item six?\n"
            + "answers=Never|Rarely|Sometimes|Very often|Always\n";

    @Test
    void aLicensedWordingIsImportedCheckedShownOnTheFormAndPrintedBlank() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Path folder = Files.createTempDirectory("wording");
        Path bad = Files.writeString(folder.resolve("hit6_bad.properties"),
                GOOD.replace("hit6.6=Licensed item six?\n", "hit6.9=Not an item\n").replace("Very often|", ""));
        Path good = Files.writeString(folder.resolve("hit6_en.properties"), GOOD);

        Workbench.switchToAdministrator(display);
        if (Workbench.dialogWithin(display, "dialog.recoveryKey", java.time.Duration.ofSeconds(3)) != null) {
            AdministrationUiTest.writeDownRecoveryKey(display); // a clean run: the admin's first sign-in
        }
        Workbench.executeLater(display, "atlas.admin.command.questionnaireWording", null);
        Shell wording = dialog(display, "dialog.questionnaireWording");
        type(wording, "wording.file", bad.toString());
        press(wording, "wording.import");
        // checked and kept in the background; the answer comes back to the dialog
        String refused = waitFor("the bad file's answer", () -> onUi(display, () -> {
            String text = ((Label) find(wording, "wording.message")).getText();
            return text.isEmpty() ? null : text;
        }));
        assertTrue(refused.startsWith("hit6_bad.properties was not imported; nothing of it is used:"), refused);
        assertTrue(refused.contains("line 0, hit6.6: is missing: every item of the form needs its text"), refused);
        assertTrue(refused.contains("line 10, hit6.9: is not an item of atlas.hit6"), refused);
        assertTrue(refused.contains("line 11, answers: has 4 answers, but hit6.1 has 5"), refused);
        assertEquals(0, onUi(display, () -> ((Table) find(wording, "wording.table")).getItemCount()));
        type(wording, "wording.file", good.toString());
        press(wording, "wording.import");
        waitFor("the good file imported", () -> onUi(display, () -> ((Label) find(wording, "wording.message")).getText()
                .equals("Imported: atlas.hit6 (en), wording of Test Clinic (licence T-1).") ? true : null));
        waitFor("the wording listed", () -> onUi(display, () -> ((Table) find(wording, "wording.table")).getItemCount()
                == 1 ? true : null));
        press(wording, "dialog.close");

        Workbench.switchUser(display, Workbench.THERAPIST);
        try {
            Composite record = FillFormUiTest.recordWithVisit(display, "Wortlaut", "Wanda");
            Workbench.executeOnRecord(display, record, "atlas.assessments.command.fillForm");
            Composite form = Workbench.form(display, "Wortlaut, Wanda").editor();
            display.syncExec(() -> {
                Combo chooser = (Combo) require(form, "form.chooser");
                chooser.select(List.of(chooser.getItems()).indexOf("Headache Impact Test (HIT-6)"));
                chooser.notifyListeners(SWT.Selection, new Event());
            });
            List<String> labels = onUi(display, () -> Workbench.labels(form));
            assertTrue(labels.contains("Licensed item three? *"), labels.toString());
            assertTrue(labels.contains("Licensed wording of Test Clinic (licence T-1), imported by the clinic."),
                    labels.toString());
            assertEquals(List.of("", "Never", "Rarely", "Sometimes", "Very often", "Always"),
                    onUi(display, () -> List.of(((Combo) require(form, "form.item.hit6.1")).getItems())));

            press(form, "form.printBlank");
            String printed = onUi(display, () -> ((Text) require(form, "form.result")).getText());
            assertTrue(printed.startsWith("The blank form is shown from "), printed);
            com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(
                    Files.readAllBytes(Workbench.shownFrom(printed)));
            try {
                String page = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1);
                for (String expected : List.of("Headache Impact Test (HIT-6)", "1. Licensed item one?", "Very often",
                        "6. Licensed item six?", "Test Clinic (licence T-1)")) {
                    assertTrue(page.contains(expected), expected + " in: " + page);
                }
            } finally {
                pdf.close();
            }
            Workbench.closeRecords();
        } finally {
            // the other tests see the built-in topics again
            Workbench.switchToAdministrator(display);
            FormWordingService wordings = Workbench.service(FormWordingService.class);
            for (atlas.core.form.ImportedWording each : wordings.all()) {
                wordings.remove(each.getId());
            }
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }
}
