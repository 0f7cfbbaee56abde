package atlas.reports;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;

/** The pictures a PDF holds, counted from its objects as a PDF reader finds them. */
final class PdfImages {

    private PdfImages() {
    }

    static int count(PdfReader reader) {
        int images = 0;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                images++;
            }
        }
        return images;
    }

    /** A picture drawn in memory and written as PNG: a blue disc on white, {@code width} x {@code height}. */
    static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage drawing = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = drawing.createGraphics();
        pen.setColor(java.awt.Color.WHITE);
        pen.fillRect(0, 0, width, height);
        pen.setColor(java.awt.Color.BLUE);
        pen.fillOval(width / 3, height / 6, Math.min(width, height) / 3, Math.min(width, height) / 3);
        pen.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(drawing, "png", png);
        return png.toByteArray();
    }
}
