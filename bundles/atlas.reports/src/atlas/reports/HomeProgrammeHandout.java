package atlas.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The home programme as a one-page A4 handout for the patient (clinical reference, "Plan of care"):
 * the exercises of the signed plan marked for home, each with its dosage and how often and the
 * clinic's picture where it has one, in the words the caller gives (already in the patient's
 * language), and a part for a family member who helps at home. The font is embedded ({@link PdfFonts}).
 */
public final class HomeProgrammeHandout {

    /**
     * One exercise: its name, what to do and how much ("10 times, hold each for 10 seconds") and how
     * often, and the clinic's picture of it (PNG or JPEG bytes), or null.
     */
    public record Exercise(String name, String dosage, String frequency, byte[] picture) {

        public Exercise(String name, String dosage, String frequency) {
            this(name, dosage, frequency, null);
        }
    }

    /**
     * The part for a family member who helps at home (basic massage, home traction where the plan
     * allows it): its heading, a line to the helper, and what they do, each in the helper's words.
     */
    public record Helper(String title, String intro, List<Exercise> exercises) {
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
     * @param helper   the part for a family member, or null when nothing in the programme is for one
     * @param logo     the clinic's logo (PNG or JPEG) drawn at the top, or empty
     */
    public record Content(String title, String patient, String issued, List<String> headings,
            List<Exercise> exercises, String advice, String draft, String clinic, Helper helper, byte[] logo) {

        public Content(String title, String patient, String issued, List<String> headings, List<Exercise> exercises,
                String advice, String draft, String clinic, Helper helper) {
            this(title, patient, issued, headings, exercises, advice, draft, clinic, helper, new byte[0]);
        }

        public Content(String title, String patient, String issued, List<String> headings, List<Exercise> exercises,
                String advice, String draft, String clinic) {
            this(title, patient, issued, headings, exercises, advice, draft, clinic, null);
        }
    }

    /** The largest a clinic's picture is drawn, points (about 5 x 3.5 cm). */
    private static final float PICTURE_WIDTH = 140;
    private static final float PICTURE_HEIGHT = 100;

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
        // the logo heads the page; the clinic's line stays at the foot, where the patient looks for whom to call
        new Letterhead("", content.logo()).addTo(document);
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
        document.add(table(content.headings(), content.exercises(), normal, bold));
        document.add(new Paragraph(" ", normal));
        document.add(new Paragraph(content.advice(), normal));
        if (content.helper() != null && !content.helper().exercises().isEmpty()) {
            Paragraph heading = new Paragraph(content.helper().title(), PdfFonts.bold(14));
            heading.setSpacingBefore(14);
            document.add(heading);
            document.add(new Paragraph(content.helper().intro(), normal));
            document.add(new Paragraph(" ", normal));
            document.add(table(content.headings(), content.helper().exercises(), normal, bold));
        }
        if (content.clinic() != null) {
            Paragraph clinic = new Paragraph(content.clinic(), bold);
            clinic.setSpacingBefore(8);
            document.add(clinic);
        }
        document.close();
    }

    private static PdfPTable table(List<String> headings, List<Exercise> exercises, Font normal, Font bold)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] { 3, 5, 2 });
        table.setWidthPercentage(100);
        for (String heading : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, bold));
            cell.setBackgroundColor(new Color(233, 239, 246));
            cell.setPadding(6);
            table.addCell(cell);
        }
        for (Exercise exercise : exercises) {
            table.addCell(cell(new Phrase(exercise.name(), normal)));
            PdfPCell how = cell(new Phrase(exercise.dosage(), normal));
            if (exercise.picture() != null) {
                how = cell(null);
                how.addElement(picture(exercise));
                how.addElement(new Paragraph(exercise.dosage(), normal));
            }
            table.addCell(how);
            table.addCell(cell(new Phrase(exercise.frequency(), normal)));
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
        cell.setPadding(6);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** The clinic's picture, scaled down to fit; a file that is no picture is refused by name. */
    private static Image picture(Exercise exercise) throws DocumentException {
        try {
            Image image = Image.getInstance(exercise.picture());
            image.scaleToFit(PICTURE_WIDTH, PICTURE_HEIGHT);
            return image;
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("the picture of \"" + exercise.name() + "\" is not a PNG or JPEG image: "
                    + e.getMessage());
        }
    }
}
