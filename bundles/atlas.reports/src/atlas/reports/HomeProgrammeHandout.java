package atlas.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The home programme as a one-page A4 handout for the patient (clinical reference, "Plan of care"):
 * the exercises of the signed plan marked for home, each with its dosage and how often, in the
 * words the caller gives (already in the patient's language). Standard PDF fonts, so no font files
 * ship with Atlas.
 */
public final class HomeProgrammeHandout {

    /** One exercise: its name, what to do and how much ("10 times, hold each for 10 seconds") and how often. */
    public record Exercise(String name, String dosage, String frequency) {
    }

    /**
     * The handout's words.
     *
     * @param title    e.g. "Your home programme"
     * @param patient  "Keller, Anna"
     * @param issued   "Given by Maria Lehmann, PT on 27 Nov 2026"
     * @param headings the table's three column headings
     * @param advice   a closing line, e.g. when to stop and call the clinic
     * @param draft    null for a signed plan; else the line that marks the handout as a draft
     * @param clinic   the clinic's name, address and phone on one line, or null when not set
     */
    public record Content(String title, String patient, String issued, List<String> headings,
            List<Exercise> exercises, String advice, String draft, String clinic) {
    }

    private HomeProgrammeHandout() {
    }

    /** Writes the handout; a PDF library failure comes out as an IOException, as a full disk would. */
    public static void write(Content content, OutputStream out) throws IOException {
        try {
            render(content, out);
        } catch (DocumentException e) {
            throw new IOException("The handout could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void render(Content content, OutputStream out) throws DocumentException {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(content.title());
        document.addCreator("Atlas");
        document.open();
        Font titleFont = PdfFonts.bold(18);
        Font normal = PdfFonts.regular(11);
        Font bold = PdfFonts.bold(11);
        Font small = PdfFonts.italic(9, Color.DARK_GRAY);
        document.add(new Paragraph(content.title(), titleFont));
        if (content.draft() != null) {
            document.add(new Paragraph(content.draft(), PdfFonts.bold(12, new Color(178, 34, 34))));
        }
        document.add(new Paragraph(content.patient(), bold));
        document.add(new Paragraph(content.issued(), small));
        document.add(new Paragraph(" ", normal));
        PdfPTable table = new PdfPTable(new float[] { 3, 5, 2 });
        table.setWidthPercentage(100);
        for (String heading : content.headings()) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, bold));
            cell.setBackgroundColor(new Color(233, 239, 246));
            cell.setPadding(6);
            table.addCell(cell);
        }
        for (Exercise exercise : content.exercises()) {
            for (String text : new String[] { exercise.name(), exercise.dosage(), exercise.frequency() }) {
                PdfPCell cell = new PdfPCell(new Phrase(text, normal));
                cell.setPadding(6);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        document.add(table);
        document.add(new Paragraph(" ", normal));
        document.add(new Paragraph(content.advice(), normal));
        if (content.clinic() != null) {
            Paragraph clinic = new Paragraph(content.clinic(), bold);
            clinic.setSpacingBefore(8);
            document.add(clinic);
        }
        document.close();
    }
}
