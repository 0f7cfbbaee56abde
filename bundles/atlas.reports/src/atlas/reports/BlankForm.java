package atlas.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;

/**
 * A questionnaire printed blank for the waiting room, in whatever wording the clinic has (its
 * licensed wording, or the topics), so the patient answers on paper and the therapist enters the
 * answers later; every answer of a choice item with a circle to mark.
 */
public final class BlankForm {

    /** One item: its text and its answers (empty for a number or text, then {@code scale} says what to write). */
    public record Item(String number, String text, List<String> answers, String scale) {
    }

    /**
     * @param title   the form's title
     * @param header  "Name: ____   Date: ____" in the user's language
     * @param licence whose wording it is, or what may be shown of it
     */
    public record Content(String title, String header, String licence, List<Item> items) {
    }

    private BlankForm() {
    }

    public static void write(Content content, OutputStream out) throws IOException {
        try {
            Document document = new Document(PageSize.A4, 56, 56, 48, 48);
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.addTitle(content.title());
            document.addCreator("Atlas");
            document.open();
            document.add(new Paragraph(content.title(), PdfFonts.bold(16)));
            document.add(new Paragraph(content.header(), PdfFonts.regular(11)));
            Paragraph licence = new Paragraph(content.licence(), PdfFonts.italic(8, java.awt.Color.DARK_GRAY));
            licence.setSpacingAfter(10);
            document.add(licence);
            Font text = PdfFonts.regular(10.5f);
            Font answers = PdfFonts.regular(10);
            for (Item item : content.items()) {
                Paragraph question = new Paragraph(item.number().isEmpty() ? item.text() : item.number() + " " + item.text(),
                        text);
                question.setSpacingBefore(6);
                question.setKeepTogether(true);
                document.add(question);
                String options = item.answers().isEmpty() ? item.scale()
                        : String.join("      ", item.answers().stream().map(answer -> "\u25cb " + answer).toList());
                Paragraph choices = new Paragraph(options, answers);
                choices.setIndentationLeft(18);
                document.add(choices);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The blank form could not be laid out: " + e.getMessage(), e);
        }
    }
}
