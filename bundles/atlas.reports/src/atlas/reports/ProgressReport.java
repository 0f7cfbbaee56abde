package atlas.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
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
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * A progress report or discharge summary as an A4 PDF (clinical reference, "Documentation
 * lifecycle"): a heading block, then sections of tables, chart images and lines of text, and the
 * signed-by line. The words come in finished (see {@link ProgressReports}); this class only lays out.
 */
public final class ProgressReport {

    /** A table: its headings, relative column widths and rows of cells. */
    public record Table(List<String> headings, float[] widths, List<List<String>> rows) {
    }

    /** A section: a heading, then any of a table, chart images (PNG) and lines of text, in that order. */
    public record Section(String heading, Table table, List<org.jfree.chart.JFreeChart> charts, List<String> lines) {
    }

    /**
     * What makes a report a letter: the address block, the date, the greeting and the closing.
     *
     * @param address the addressee's lines (name, specialty, practice, street, town)
     */
    public record Correspondence(List<String> address, String dated, String greeting, String closing) {
    }

    /**
     * @param header   lines under the title: patient, episode and diagnoses, the date it reports to
     * @param signedBy   "Signed: Maria Lehmann, PT, 27 Nov 2026"
     * @param letterhead the clinic and its logo at the top of the first page
     * @param letter     the letter's framing, or null for a report
     */
    public record Content(String title, List<String> header, List<Section> sections, String signedBy,
            Letterhead letterhead, Correspondence letter) {

        public Content {
            letterhead = letterhead == null ? Letterhead.NONE : letterhead;
        }

        public Content(String title, List<String> header, List<Section> sections, String signedBy) {
            this(title, header, sections, signedBy, Letterhead.NONE, null);
        }

        /** The same report under the clinic's letterhead. */
        public Content under(Letterhead head) {
            return new Content(title, header, sections, signedBy, head, letter);
        }

        /** The same report as a letter framed by {@code framing}. */
        public Content as(Correspondence framing) {
            return new Content(title, header, sections, signedBy, letterhead, framing);
        }
    }

    /** The chart's layout size in points, as on screen; the PDF scales it without losing sharpness. */
    private static final float CHART_WIDTH = 560;
    private static final float CHART_HEIGHT = 250;

    /**
     * The chart drawn as PDF vector graphics into a template, its text in the report's embedded
     * Unicode font (so "Müller" in a title prints right and no second font is embedded).
     */
    private static Image vector(PdfWriter writer, org.jfree.chart.JFreeChart chart) throws DocumentException {
        com.lowagie.text.pdf.PdfTemplate template = writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
        java.awt.Graphics2D graphics = template.createGraphics(CHART_WIDTH, CHART_HEIGHT, PdfFonts.mapper());
        try {
            chart.draw(graphics, new java.awt.geom.Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        } finally {
            graphics.dispose();
        }
        return Image.getInstance(template);
    }

    private static final Color HEADING_BACKGROUND = new Color(233, 239, 246);

    private ProgressReport() {
    }

    /** Writes the report; a PDF library failure comes out as an IOException, as a full disk would. */
    public static void write(Content content, OutputStream out) throws IOException {
        try {
            render(content, out);
        } catch (DocumentException e) {
            throw new IOException("The report could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void render(Content content, OutputStream out) throws IOException, DocumentException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(content.title());
        document.addCreator("Atlas");
        document.open();
        content.letterhead().addTo(document);
        Font titleFont = PdfFonts.bold(content.letter() == null ? 17 : 13);
        Font headingFont = PdfFonts.bold(12, new Color(0x1A, 0x23, 0x7E));
        Font normal = PdfFonts.regular(10);
        Font bold = PdfFonts.bold(10);
        if (content.letter() != null) {
            addressed(document, content.letter(), normal);
        }
        document.add(new Paragraph(content.title(), titleFont));
        for (String line : content.header()) {
            document.add(new Paragraph(line, normal));
        }
        if (content.letter() != null) {
            Paragraph greeting = new Paragraph(content.letter().greeting(), normal);
            greeting.setSpacingBefore(14);
            document.add(greeting);
        } else {
            // the rule's chunk takes the report's font: OpenPDF's default would embed a second font
            document.add(new Chunk(new LineSeparator(0.6f, 100, Color.GRAY, Element.ALIGN_CENTER, -4)) {
                {
                    font = normal;
                }
            });
        }
        for (Section section : content.sections()) {
            Paragraph heading = new Paragraph(section.heading(), headingFont);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            document.add(heading);
            if (section.table() != null) {
                document.add(table(section.table(), normal, bold));
            }
            for (org.jfree.chart.JFreeChart drawn : section.charts()) {
                Image chart = vector(writer, drawn);
                chart.scaleToFit(document.getPageSize().getWidth() - 96, 210);
                chart.setAlignment(Element.ALIGN_CENTER);
                document.add(chart);
            }
            for (String line : section.lines()) {
                document.add(new Paragraph(line, normal));
            }
        }
        if (content.letter() != null) {
            Paragraph closing = new Paragraph(content.letter().closing(), normal);
            closing.setSpacingBefore(16);
            document.add(closing);
        }
        Paragraph signed = new Paragraph(content.signedBy(), bold);
        signed.setSpacingBefore(content.letter() == null ? 24 : 30);
        document.add(signed);
        document.close();
    }

    /** The address block where a window envelope shows it, then the date on the right. */
    private static void addressed(Document document, Correspondence letter, Font normal) throws DocumentException {
        Paragraph address = new Paragraph();
        address.setSpacingBefore(18);
        address.setLeading(13);
        for (String line : letter.address()) {
            address.add(new Phrase(line + "\n", normal));
        }
        document.add(address);
        Paragraph dated = new Paragraph(letter.dated(), normal);
        dated.setAlignment(Element.ALIGN_RIGHT);
        dated.setSpacingBefore(18);
        dated.setSpacingAfter(14);
        document.add(dated);
    }

    private static PdfPTable table(Table table, Font normal, Font bold) {
        PdfPTable pdf = new PdfPTable(table.widths());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1); // repeated when the table runs onto the next page
        for (String heading : table.headings()) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, bold));
            cell.setBackgroundColor(HEADING_BACKGROUND);
            cell.setPadding(4);
            pdf.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (String text : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text, normal));
                cell.setPadding(4);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }
}
