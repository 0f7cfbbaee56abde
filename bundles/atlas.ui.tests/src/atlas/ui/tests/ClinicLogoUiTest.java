package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.ui.ValidatedDialog;

/**
 * The clinic's logo (issue 17, "a clinic's first day"): the administrator types the picture's file
 * into Clinic Details - a damaged file and a missing one are refused by name, with Save disabled -,
 * sees it, saves it; the therapist's progress report then carries it and the clinic's line at the top.
 */
class ClinicLogoUiTest {

    @Test
    void theAdministratorChoosesTheLogoAndTheTherapistsReportCarriesIt() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Path folder = Files.createTempDirectory("atlas-logo");
        byte[] png = logo();
        Path good = Files.write(folder.resolve("seeblick.png"), png);
        Path damaged = Files.write(folder.resolve("damaged.png"), Arrays.copyOf(png, png.length / 2));
        Workbench.switchToAdministrator(display);
        ClinicDetails before = Workbench.service(ClinicService.class).details();
        try {
            Shell details = ClinicDetailsAtHand.open(display);
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.logo")), damaged.toString());
            String refused = waitFor("the damaged picture refused", () -> onUi(display,
                    () -> (String) details.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.startsWith("Logo: cannot be read: the picture file is damaged"), refused);
            assertEquals(false, onUi(display, () -> ((Button) require(details, "dialog.save")).isEnabled()));
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.logo")), folder.resolve("none.png")
                    .toString());
            waitFor("a missing file named", () -> onUi(display, () -> {
                String shown = (String) details.getData(ValidatedDialog.SHOWN_ERROR);
                return shown != null && shown.startsWith("Logo: there is no file") ? shown : null;
            }));
            Keys.typeInto(display, onUi(display, () -> require(details, "clinic.logo")), good.toString());
            waitFor("the picture accepted", () -> onUi(display,
                    () -> ((Button) require(details, "dialog.save")).isEnabled() ? true : null));
            assertTrue(onUi(display, () -> ((Label) require(details, "clinic.logo.preview")).getImage() != null),
                    "the logo is shown as it will print");
            Workbench.press(details, "dialog.save");
            waitFor("the details saved", () -> onUi(display, () -> details.isDisposed() ? true : null));
            assertArrayEquals(png, Workbench.service(ClinicService.class).details().logo().picture());
            String clinic = Workbench.service(ClinicService.class).details().name();

            Workbench.switchUser(display, Workbench.THERAPIST);
            Patient demo = Workbench.service(PatientService.class).findByRecordNumber("DEMO-000001").orElseThrow();
            Workbench.executeLater(display, "atlas.patients.command.openRecord",
                    Map.of("atlas.patients.commandparameter.patientId", Long.toString(demo.getId())));
            Workbench.executeOnRecord(display, Workbench.record(display, demo.displayName()),
                    "atlas.outcomes.command.progressReport");
            Workbench.press(Workbench.dialog(display, "dialog.reportLetter"), "dialog.print");
            Shell done = Workbench.dialogTitled(display, "Report");
            String saved = onUi(display, () -> Workbench.labels(done).stream()
                    .filter(text -> text.startsWith(Workbench.SHOWN_FROM)).findFirst().orElse(""));
            Workbench.pressLabelled(done, "OK");
            PdfReader reader = new PdfReader(Files.readAllBytes(Workbench.shownFrom(saved)));
            try {
                String page = new PdfTextExtractor(reader).getTextFromPage(1);
                assertTrue(page.contains(clinic), clinic + " in: " + page);
                assertEquals(1, images(reader), "the logo (the charts are drawn, not pictures)");
            } finally {
                reader.close();
            }
        } finally { // the other tests print without a logo
            ClinicDetailsAtHand.putBack(display, new ClinicDetails(before.name(), before.address(), before.phone(),
                    before.recordNumberPattern(), null, before.hours()));
        }
    }

    /** A letterhead-shaped picture: a blue bar on white. */
    private static byte[] logo() throws Exception {
        BufferedImage drawing = new BufferedImage(360, 110, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = drawing.createGraphics();
        pen.setColor(java.awt.Color.WHITE);
        pen.fillRect(0, 0, 360, 110);
        pen.setColor(new java.awt.Color(0x1A, 0x23, 0x7E));
        pen.fillRect(20, 30, 320, 50);
        pen.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(drawing, "png", out);
        return out.toByteArray();
    }

    private static int images(PdfReader reader) {
        int images = 0;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                images++;
            }
        }
        return images;
    }
}
