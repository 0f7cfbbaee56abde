package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicLogo;

/**
 * The clinic's letterhead - its line and its logo - heads a report and a handout's first page, read
 * back from the PDF; a clinic without one prints none.
 */
class LetterheadTest {

    private static final ProgressReport.Content REPORT = new ProgressReport.Content("Progress report",
            List.of("Keller, Anna"), List.of(new ProgressReport.Section("Assessment", null, List.of(),
                    List.of("Better."))), "Signed: Maria Lehmann, PT");

    @Test
    void aReportCarriesTheClinicsLineAndLogoAtTheTopOfItsFirstPage() throws Exception {
        byte[] logo = PdfImages.png(600, 180);
        Letterhead head = Letterhead.of(new ClinicDetails("Praxis Seeblick", "Seestrasse 1\n8008 Z\u00fcrich",
                "044 123 45 67", "", new ClinicLogo(logo)));
        byte[] pdf = write(REPORT.under(head));
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("target"))) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "letterhead.pdf"), pdf); // kept for a look
        }
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            // (a table's text is written after the page's paragraphs, so its place is not read from the order)
            assertTrue(text.contains("Praxis Seeblick"), "the clinic's line on the first page: " + text);
            assertTrue(text.contains("Seestrasse 1, 8008 Z\u00fcrich"), text);
            assertEquals(1, PdfImages.count(reader), "the logo");
            EmbeddedFonts.assertUnicodeOnly(reader);
        } finally {
            reader.close();
        }
    }

    @Test
    void aClinicWithoutDetailsPrintsNoHead() throws Exception {
        PdfReader reader = new PdfReader(write(REPORT.under(Letterhead.of(ClinicDetails.none()))));
        try {
            assertEquals(0, PdfImages.count(reader));
            assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).strip().startsWith("Progress report"));
        } finally {
            reader.close();
        }
    }

    @Test
    void theHandoutHasTheLogoAndTheClinicsLineOnce() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HomeProgrammeHandout.write(new HomeProgrammeHandout.Content("Your home programme", "Keller, Anna", "Given",
                List.of("Exercise", "How", "How often"),
                List.of(new HomeProgrammeHandout.Exercise("Stretching", "3 x 30 s", "daily")), "Call the clinic.",
                null, "Praxis Seeblick", null, PdfImages.png(300, 90)), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            assertEquals(1, PdfImages.count(reader));
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("Praxis Seeblick"), text);
            assertEquals(text.indexOf("Praxis Seeblick"), text.lastIndexOf("Praxis Seeblick"), "the line once: " + text);
        } finally {
            reader.close();
        }
    }

    @Test
    void aLogoDamagedAfterItWasChosenIsNamedNotPrintedBlank() {
        byte[] logo;
        try {
            logo = PdfImages.png(300, 90);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        byte[] damaged = java.util.Arrays.copyOf(logo, 40);
        IOException refused = assertThrows(IOException.class,
                () -> write(REPORT.under(new Letterhead("Praxis Seeblick", damaged))));
        assertTrue(refused.getMessage().contains("logo"), refused.getMessage());
    }

    private static byte[] write(ProgressReport.Content content) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ProgressReport.write(content, pdf);
        return pdf.toByteArray();
    }
}
