package atlas.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printed day sheet (issue 18): one page per therapist with their visits of the day - time,
 * length, record number, patient, kind of visit, status. Nothing clinical: the front desk prints
 * it for the therapists' doors and the reception.
 */
public final class DaySheet {

    /** One visit's line, in the reader's words. */
    public record Line(String time, String recordNumber, String patient, String visit, String status) {
    }

    /** One therapist's page: "Maria Lehmann, PT" and their lines in time order. */
    public record Page(String therapist, List<Line> lines) {
    }

    /**
     * @param title   "Visits of 12/3/2026" in the user's language
     * @param columns the five column heads
     * @param none    what a page without visits says
     */
    public record Content(String title, List<String> columns, String none, List<Page> pages, Letterhead letterhead) {
        public Content {
            letterhead = letterhead == null ? Letterhead.NONE : letterhead;
        }
    }

    private DaySheet() {
    }

    public static void write(Content content, OutputStream out) throws IOException {
        try {
            Document document = new Document(PageSize.A4, 48, 48, 42, 42);
            PdfWriter.getInstance(document, out);
            document.addTitle(content.title());
            document.addCreator("Atlas");
            document.open();
            boolean first = true;
            for (Page page : content.pages()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                content.letterhead().addTo(document);
                document.add(new Paragraph(page.therapist(), PdfFonts.bold(15)));
                Paragraph title = new Paragraph(content.title(), PdfFonts.regular(11));
                title.setSpacingAfter(10);
                document.add(title);
                if (page.lines().isEmpty()) {
                    document.add(new Paragraph(content.none(), PdfFonts.italic(10, java.awt.Color.DARK_GRAY)));
                    continue;
                }
                document.add(table(content.columns(), page.lines()));
            }
            if (content.pages().isEmpty()) {
                document.add(new Paragraph(content.title(), PdfFonts.bold(15)));
                document.add(new Paragraph(content.none(), PdfFonts.regular(10)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The day sheet could not be laid out: " + e.getMessage(), e);
        }
    }

    private static PdfPTable table(List<String> columns, List<Line> lines) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] { 3.0f, 2.6f, 3.6f, 3.4f, 3.4f });
        table.setWidthPercentage(100);
        table.setHeaderRows(1); // repeated on a second page of a long day
        for (String column : columns) {
            PdfPCell head = new PdfPCell(new Phrase(column, PdfFonts.bold(9.5f)));
            head.setBackgroundColor(new java.awt.Color(235, 235, 235));
            head.setPadding(4);
            table.addCell(head);
        }
        for (Line line : lines) {
            for (String cell : List.of(line.time(), line.recordNumber(), line.patient(), line.visit(), line.status())) {
                PdfPCell text = new PdfPCell(new Phrase(cell, PdfFonts.regular(10)));
                text.setPadding(4);
                text.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(text);
            }
        }
        return table;
    }
}
