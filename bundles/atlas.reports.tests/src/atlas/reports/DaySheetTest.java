package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Issue 18, the day sheet: one page per therapist with their visits in the order given, the column
 * heads repeated when a long day runs onto a second page, umlauts read back exactly, and a page
 * without visits saying so.
 */
class DaySheetTest {

    private static final List<String> COLUMNS = List.of("Zeit", "Akte Nr.", "Patient", "Termin", "Status");

    @Test
    void eachTherapistHasTheirOwnPageWithTheirVisits() throws Exception {
        DaySheet.Page maria = new DaySheet.Page("Maria Lehmann, PT", List.of(
                new DaySheet.Line("08:00\u201308:30", "P-0001", "M\u00fcller, J\u00fcrg", "Behandlung", "Gebucht"),
                new DaySheet.Line("08:30\u201309:30", "P-0002", "\u015eahin, Ay\u015fe", "Erstbefund",
                        "Abgesagt: Migr\u00e4ne")));
        DaySheet.Page jonas = new DaySheet.Page("Jonas Meier, PT", List.of());
        PdfReader reader = new PdfReader(write(List.of(maria, jonas)));
        try {
            assertEquals(2, reader.getNumberOfPages());
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(first.contains("Maria Lehmann, PT") && first.contains("Termine am 03.12.2026"), first);
            assertTrue(first.contains("M\u00fcller, J\u00fcrg") && first.contains("\u015eahin, Ay\u015fe"), first);
            assertTrue(first.indexOf("P-0001") < first.indexOf("P-0002"), "in the order given: " + first);
            assertTrue(first.contains("Abgesagt: Migr\u00e4ne"), first);
            assertFalse(first.contains("Jonas"), "one therapist a page");
            String second = new PdfTextExtractor(reader).getTextFromPage(2);
            assertTrue(second.contains("Jonas Meier, PT") && second.contains("Keine Termine."), second);
        } finally {
            reader.close();
        }
    }

    @Test
    void aLongDayRepeatsTheColumnHeadsOnItsNextPage() throws Exception {
        List<DaySheet.Line> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(new DaySheet.Line(String.format("%02d:%02d", 7 + i / 6, i % 6 * 10), "P-" + (1000 + i),
                    "Patient " + i, "Behandlung", "Gebucht"));
        }
        PdfReader reader = new PdfReader(write(List.of(new DaySheet.Page("Maria Lehmann, PT", lines))));
        try {
            assertTrue(reader.getNumberOfPages() >= 2, "60 visits run onto a second page");
            String next = new PdfTextExtractor(reader).getTextFromPage(2);
            assertTrue(next.contains("Akte Nr.") && next.contains("P-1059"), next);
        } finally {
            reader.close();
        }
    }

    private static byte[] write(List<DaySheet.Page> pages) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        DaySheet.write(new DaySheet.Content("Termine am 03.12.2026", COLUMNS, "Keine Termine.", pages, null), pdf);
        return pdf.toByteArray();
    }
}
