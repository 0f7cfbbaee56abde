package atlas.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import atlas.reports.HomeProgrammeHandout.Content;
import atlas.reports.HomeProgrammeHandout.Exercise;

/** The handout is one page and says what to do, read back from the PDF by a PDF library. */
class HomeProgrammeHandoutTest {

    @Test
    void theHandoutIsOnePageWithEachExerciseItsDosageAndFrequency() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HomeProgrammeHandout.write(new Content("Your home programme", "Keller, Anna",
                "Given by Maria Lehmann, PT on 27 Nov 2026", List.of("Exercise", "How", "How often"),
                List.of(new Exercise("Deep neck flexor training (CCFT stages)", "1 x 10, hold 10 s, 24 mmHg", "7 x/week"),
                        new Exercise("Ice or heat", "15 min", "as needed"),
                        new Exercise("Kiefergelenk locker lassen, \u00fcben", "3 x 5", "2 x/Tag")),
                "Stop and call the clinic if dizziness, double vision or numbness appear.", null,
                "Praxis Seeblick  \u00b7  Seestrasse 1, 8008 Z\u00fcrich  \u00b7  044 123 45 67"), pdf);

        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            assertEquals(1, reader.getNumberOfPages());
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            for (String expected : List.of("Your home programme", "Keller, Anna", "Deep neck flexor training",
                    "1 x 10, hold 10 s, 24 mmHg", "7 x/week", "Ice or heat", "Kiefergelenk locker", "lassen, \u00fcben",
                    "Stop and call the clinic", "Praxis Seeblick", "044 123 45 67")) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void namesFromEveryEuropeanAlphabetPrintExactlyWithAnEmbeddedFont() throws Exception {
        String names = "M\u00fcller \u0141ukasz \u015eahin \u0110or\u0111evi\u0107 Dvo\u0159\u00e1k";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HomeProgrammeHandout.write(new Content("Ihr Heimprogramm", names, "Ausgegeben am 27. Nov. 2026",
                List.of("\u00dcbung", "Wie", "Wie oft"), List.of(new Exercise("Kiefer lockern", "3 x 5", "2 x/Tag")),
                "Rufen Sie die Praxis an.", null, null), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(java.util.Arrays.stream(text.split("\n")).map(String::strip).anyMatch(names::equals),
                    "read back exactly: " + text);
            EmbeddedFonts.assertUnicodeOnly(reader);
        } finally {
            reader.close();
        }
    }

    @Test
    void aBlankFormPrintsEveryItemWithItsAnswersToMarkInTheClinicsWording() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        BlankForm.write(new BlankForm.Content("Headache Impact Test (HIT-6)", "Name: ________   Date: ________",
                "Licensed wording of Praxis Seeblick", List.of(
                        new BlankForm.Item("1.", "Wie oft sind die Schmerzen stark?", List.of("Nie", "Selten", "Immer"), ""),
                        new BlankForm.Item("2.", "Pain intensity (0 = no problem ... 5 = most severe)", List.of(),
                                "0 – 5: ______"))), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            for (String expected : List.of("Headache Impact Test (HIT-6)", "Licensed wording of Praxis Seeblick",
                    "1. Wie oft sind die Schmerzen stark?", "Nie", "Selten", "Immer", "2. Pain intensity")) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
            EmbeddedFonts.assertUnicodeOnly(reader);
        } finally {
            reader.close();
        }
    }

    @Test
    void aDraftsHandoutSaysItIsADraft() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HomeProgrammeHandout.write(new Content("Your home programme", "Keller, Anna", "Given on 27 Nov 2026",
                List.of("Exercise", "How", "How often"), List.of(new Exercise("Stretching", "3 x 30 s", "daily")),
                "Call the clinic.", "DRAFT - this plan is not signed yet.", null), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).contains("DRAFT - this plan is not signed yet."));
        } finally {
            reader.close();
        }
    }

    @Test
    void theClinicsPictureIsDrawnBesideTheExerciseAndAHelperHasTheirOwnPart() throws Exception {
        byte[] png = PdfImages.png(200, 120);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HomeProgrammeHandout.write(new Content("Your home programme", "Keller, Anna", "Given on 27 Nov 2026",
                List.of("Exercise", "How", "How often"),
                List.of(new Exercise("Gentle nodding", "Lie on your back and nod.", "twice a day", png),
                        new Exercise("Massage of the neck", "Knead slowly.", "once a day")),
                "Call the clinic.", null, null, new HomeProgrammeHandout.Helper("For the person helping at home",
                        "Your therapist has shown Anna these.", List.of(new Exercise("Massage of the neck",
                                "Let Anna sit leaning forward.", "once a day")))), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            for (String expected : List.of("Gentle nodding", "Lie on your back and nod.", "For the person helping at home",
                    "Your therapist has shown Anna these.", "Let Anna sit leaning forward.")) {
                assertTrue(text.toString().contains(expected), expected + " in: " + text);
            }
            assertEquals(1, PdfImages.count(reader), "the clinic's picture, once");
        } finally {
            reader.close();
        }
    }

    @Test
    void aFileThatIsNoPictureIsRefusedNamingTheExercise() {
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> HomeProgrammeHandout.write(new Content("Your home programme", "Keller, Anna", "Given",
                        List.of("Exercise", "How", "How often"), List.of(new Exercise("Gentle nodding", "Nod.",
                                "daily", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        "Call the clinic.", null, null), new ByteArrayOutputStream()));
        assertTrue(refused.getMessage().contains("\"Gentle nodding\" is not a PNG or JPEG image"), refused.getMessage());
    }
}
