package atlas.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A patient's data for their access request (GDPR art. 15 and 20), encrypted for the patient: a
 * PDF that opens only with a password Atlas makes and the clinic hands to the patient apart from
 * the file (AES-256, PDF 2.0 / ISO 32000-2 standard security handler, which every current PDF
 * reader opens). It holds a cover page, the data as readable text, and the same data
 * machine-readable as an attached file (art. 20: in a structured, commonly used format).
 * OpenPDF encrypts with Bouncy Castle's AES engine, an optional import of OpenPDF's: this bundle
 * imports it for real, so no runtime that has the export can lack it.
 */
public final class PatientDataExport {

    /** Base32 without 0, 1, 8, 9 (RFC 4648): read aloud or copied by hand without doubt. */
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** 20 characters of 5 bits: 100 bits, out of reach of guessing at PDF's key derivation cost. */
    private static final int PASSWORD_CHARACTERS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String ATTACHMENT = "patient-record.fhir.json";

    /**
     * The export's words.
     *
     * @param title   e.g. "Your data held by Physio Seeblick"
     * @param patient "Keller, Anna, born 12.03.1984"
     * @param issued  "Exported by Maria Lehmann, PT on 30 Nov 2026"
     * @param note    what the file holds and how to read the attachment
     */
    public record Content(String title, String patient, String issued, String note) {
    }

    private PatientDataExport() {
    }

    /** The JSON laid out one member per line, indented by depth, for the readable pages. */
    static String indented(String json) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i)); // an escaped character, a quote among them
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
            case '"' -> {
                inString = true;
                out.append(c);
            }
            case '{', '[' -> {
                depth++;
                out.append(c).append('\n').append("  ".repeat(depth));
            }
            case '}', ']' -> {
                depth--;
                out.append('\n').append("  ".repeat(Math.max(0, depth))).append(c);
            }
            case ',' -> out.append(c).append('\n').append("  ".repeat(depth));
            case ':' -> out.append(": ");
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** How a file's base64 stands on the readable pages: its size, and where the file itself is. */
    private static final String FILE_AS_DATA = "\"data\": \"(%,d characters of a file: see the attached %s)\"";
    private static final String DATA = "\"data\": \"";

    /**
     * A line of the readable pages: a document's or note's file, which FHIR holds as base64 (pages of
     * letters nobody reads), is named by its size instead - the text is in the narrative beside it,
     * the file in the attachment.
     */
    static String readable(String line) {
        String stripped = line.stripLeading();
        int end = stripped.lastIndexOf('"');
        if (!stripped.startsWith(DATA) || end - DATA.length() < 200) {
            return line;
        }
        return line.substring(0, line.length() - stripped.length()) + String.format(java.util.Locale.ROOT, FILE_AS_DATA,
                end - DATA.length(), ATTACHMENT) + stripped.substring(end + 1);
    }

    /** A new password for one export, as groups of four: "ABCD-EFGH-...". */
    public static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < PASSWORD_CHARACTERS; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Writes the encrypted PDF; only {@code password} opens it. The owner password (for changing
     * the file's permissions) is random and forgotten: nobody edits the export.
     */
    public static void write(Content content, String json, String password, OutputStream out) throws IOException {
        byte[] owner = new byte[32];
        RANDOM.nextBytes(owner);
        try {
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setEncryption(password.getBytes(StandardCharsets.UTF_8), owner,
                    PdfWriter.ALLOW_PRINTING | PdfWriter.ALLOW_COPY, PdfWriter.ENCRYPTION_AES_256_V3);
            document.addTitle(content.title());
            document.addCreator("Atlas");
            document.open();
            writer.addFileAttachment(ATTACHMENT, json.getBytes(StandardCharsets.UTF_8), null, ATTACHMENT);
            document.add(new Paragraph(content.title(), PdfFonts.bold(18)));
            document.add(new Paragraph(content.patient(), PdfFonts.bold(11)));
            document.add(new Paragraph(content.issued(), PdfFonts.italic(9, java.awt.Color.BLACK)));
            document.add(new Paragraph(" ", PdfFonts.regular(10)));
            document.add(new Paragraph(content.note(), PdfFonts.regular(10)));
            document.newPage();
            Font data = PdfFonts.mono(8);
            // JSON written on one line is laid out here; laid out already (FHIR's), it is printed as it is
            for (String line : (json.indexOf('\n') >= 0 ? json : indented(json)).split("\n")) {
                document.add(new Paragraph(line.isEmpty() ? " " : readable(line), data));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The export could not be laid out: " + e.getMessage(), e);
        }
    }
}
