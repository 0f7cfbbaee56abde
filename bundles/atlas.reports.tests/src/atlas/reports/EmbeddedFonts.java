package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

/** Every font a PDF's pages use is the embedded DejaVu subset with Unicode encoding. */
final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    static void assertUnicodeOnly(PdfReader reader) {
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                assertEquals(PdfName.TYPE0, font.getAsName(PdfName.SUBTYPE),
                        "page " + page + ": a Unicode (Type 0) font, not a standard Latin-1 one: " + font.getAsName(PdfName.BASEFONT));
                assertTrue(font.getAsName(PdfName.BASEFONT).toString().contains("DejaVuSans"),
                        "page " + page + ": the embedded DejaVu subset: " + font.getAsName(PdfName.BASEFONT));
            }
        }
    }
}
