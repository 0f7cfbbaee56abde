package atlas.reports;

import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import atlas.core.clinic.ClinicDetails;

/**
 * The head of a print: the clinic's name, address and phone on the left and its logo on the right
 * (Administration > Clinic Details), so that a referrer or patient sees at once who wrote it. What the
 * clinic has not set is left out; with nothing set there is no head at all.
 *
 * @param clinic the clinic on one line ({@link ClinicDetails#oneLine()}), or empty
 * @param logo   a PNG or JPEG picture, or empty
 */
public record Letterhead(String clinic, byte[] logo) {

    public static final Letterhead NONE = new Letterhead("", new byte[0]);

    /** The largest the logo is drawn, points (about 6 x 2 cm). */
    private static final float LOGO_WIDTH = 170;
    private static final float LOGO_HEIGHT = 56;

    public Letterhead {
        clinic = clinic == null ? "" : clinic.strip();
        logo = logo == null ? new byte[0] : logo.clone();
    }

    public static Letterhead of(ClinicDetails details) {
        return details == null ? NONE : new Letterhead(details.oneLine(), details.logo().picture());
    }

    /** The same head without the clinic's line, for a print that names the clinic elsewhere. */
    public Letterhead logoOnly() {
        return new Letterhead("", logo);
    }

    public boolean isEmpty() {
        return clinic.isEmpty() && logo.length == 0;
    }

    /** Adds the head to the top of {@code document}; nothing when the clinic set nothing. */
    void addTo(Document document) throws DocumentException {
        if (isEmpty()) {
            return;
        }
        PdfPTable head = new PdfPTable(new float[] { 3, 2 });
        head.setWidthPercentage(100);
        head.setSpacingAfter(10);
        PdfPCell words = new PdfPCell(new Phrase(clinic, PdfFonts.bold(9)));
        words.setBorder(Rectangle.NO_BORDER);
        words.setVerticalAlignment(Element.ALIGN_BOTTOM);
        head.addCell(words);
        PdfPCell picture = logo.length == 0 ? new PdfPCell(new Phrase("", PdfFonts.regular(9)))
                : new PdfPCell(picture(), false);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_RIGHT);
        picture.setVerticalAlignment(Element.ALIGN_BOTTOM);
        head.addCell(picture);
        document.add(head);
    }

    private Image picture() throws DocumentException {
        try {
            Image image = Image.getInstance(logo);
            image.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            return image;
        } catch (IOException | RuntimeException e) {
            // checked when it was chosen (ClinicLogo.check); a picture damaged since is named, not hidden
            throw new DocumentException("the clinic's logo is not a readable PNG or JPEG picture: " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letterhead head && clinic.equals(head.clinic)
                && java.util.Arrays.equals(logo, head.logo);
    }

    @Override
    public int hashCode() {
        return clinic.hashCode() * 31 + java.util.Arrays.hashCode(logo);
    }

    @Override
    public String toString() {
        return "Letterhead[" + clinic + ", logo " + logo.length + " bytes]";
    }
}
