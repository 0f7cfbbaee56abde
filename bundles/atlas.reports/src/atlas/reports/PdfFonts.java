package atlas.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of every PDF Atlas writes: DejaVu Sans Condensed (about as wide as Helvetica, so the
 * reports keep their layout; Bitstream Vera licence, free to embed), from the
 * JasperReports font extension on Maven Central, embedded as a subset with Unicode encoding
 * (Identity-H) so that names such as "Müller Łukasz Şahin Đorđević Dvořák" print and copy exactly.
 * The standard PDF fonts (Helvetica) know only Latin-1 and would drop or garble them.
 */
public final class PdfFonts {

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    /** The families' faces, loaded once: each file is read when first used and kept by OpenPDF. */
    private enum Face {
        REGULAR("DejaVuSansCondensed.ttf"), BOLD("DejaVuSansCondensed-Bold.ttf"), ITALIC("DejaVuSansCondensed-Oblique.ttf"),
        MONO("DejaVuSansMono.ttf");

        private final String file;
        private BaseFont font;

        Face(String file) {
            this.file = file;
        }

        synchronized BaseFont font() {
            if (font == null) {
                try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                    if (in == null) {
                        throw new IOException("the font " + FOLDER + file + " is not installed with Atlas");
                    }
                    font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                            null);
                } catch (IOException e) {
                    throw new UncheckedIOException("The PDF font could not be loaded: " + e.getMessage(), e);
                }
            }
            return font;
        }
    }

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(Face.REGULAR.font(), size);
    }

    public static Font bold(float size) {
        return new Font(Face.BOLD.font(), size);
    }

    public static Font bold(float size, Color color) {
        return new Font(Face.BOLD.font(), size, Font.NORMAL, color);
    }

    public static Font italic(float size, Color color) {
        return new Font(Face.ITALIC.font(), size, Font.NORMAL, color);
    }

    /**
     * Maps the Java fonts a chart draws with to the embedded faces (bold to bold, the rest to the
     * regular face), for charts drawn as vector graphics into a report.
     */
    static com.lowagie.text.pdf.FontMapper mapper() {
        return new com.lowagie.text.pdf.FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return (font.isBold() ? Face.BOLD : font.isItalic() ? Face.ITALIC : Face.REGULAR).font();
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
            }
        };
    }

    /** A fixed-width face for data listings. */
    public static Font mono(float size) {
        return new Font(Face.MONO.font(), size);
    }
}
