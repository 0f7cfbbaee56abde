package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Issue 14, finding 6: a patient's export opens only with the password handed to the patient; its
 * bytes hold nothing readable of the record, and inside are the readable pages and the data as an
 * attached JSON file, whole.
 */
class PatientDataExportTest {

    private static final String JSON = "{\"format\":\"atlas-patient-export/1\",\"patient\":{\"familyName\":\"Keller\","
            + "\"givenName\":\"Anna\"},\"clinicalNotes\":[{\"subjective\":\"Headache on 3 days a week, \\\"pressing\\\".\"}]}";

    @Test
    void theExportOpensOnlyWithThePatientsPasswordAndHoldsTheWholeData() throws Exception {
        String password = PatientDataExport.newPassword();
        assertTrue(password.matches("([A-Z2-7]{4}-){4}[A-Z2-7]{4}"), password);
        assertNotEquals(password, PatientDataExport.newPassword(), "a new password for every export");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PatientDataExport.write(new PatientDataExport.Content("Your data held by Physio Seeblick",
                "Keller, Anna, born 12.03.1984", "Exported by Maria Lehmann, PT on 30 Nov 2026",
                "The attached file patient-data.json holds the same data, machine-readable."), JSON, password, pdf);
        byte[] bytes = pdf.toByteArray();

        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String secret : new String[] { "Keller", "Headache", "pressing", "atlas-patient-export" }) {
            assertFalse(raw.contains(secret), secret + " readable in the encrypted file");
        }
        assertThrows(Exception.class, () -> new PdfReader(bytes), "no password, nothing opens");
        assertThrows(Exception.class, () -> new PdfReader(bytes, "ABCD-EFGH-IJKL-MNOP-QRST".getBytes()));

        PdfReader reader = new PdfReader(bytes, password.getBytes(StandardCharsets.UTF_8));
        try {
            assertTrue(reader.isEncrypted());
            String cover = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(cover.contains("Keller, Anna"), cover);
            String data = new PdfTextExtractor(reader).getTextFromPage(2);
            assertTrue(data.contains("\"familyName\": \"Keller\""), data);
            assertEquals(JSON, attachment(reader), "the attached data, byte for byte");
        } finally {
            reader.close();
        }
    }

    @Test
    void theReadablePagesHoldTheJsonOneMemberPerLine() {
        String indented = PatientDataExport.indented(JSON);
        assertTrue(indented.contains("\n    \"familyName\": \"Keller\",\n"), indented);
        assertTrue(indented.contains("\"Headache on 3 days a week, \\\"pressing\\\".\""), "strings kept whole: " + indented);
    }

    @Test
    void aFilesBase64IsNamedByItsSizeOnTheReadablePages() {
        String base64 = "JVBERi0xLjQK".repeat(50); // a letter's PDF, as FHIR holds it
        assertEquals("        \"data\": \"(600 characters of a file: see the attached patient-record.fhir.json)\",",
                PatientDataExport.readable("        \"data\": \"" + base64 + "\","));
        assertEquals("  \"data\": \"U3ViamVjdGl2ZQ==\",", PatientDataExport.readable("  \"data\": \"U3ViamVjdGl2ZQ==\","),
                "a short one stays as it is");
    }

    private static String attachment(PdfReader reader) {
        PdfDictionary names = reader.getCatalog().getAsDict(PdfName.NAMES);
        PdfArray files = names.getAsDict(PdfName.EMBEDDEDFILES).getAsArray(PdfName.NAMES);
        PdfDictionary spec = files.getAsDict(1);
        PRStream stream = (PRStream) PdfReader.getPdfObject(spec.getAsDict(PdfName.EF).get(PdfName.F));
        try {
            return new String(PdfReader.getStreamBytes(stream), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
