package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;

/**
 * Issue 20, patients in from another system's FHIR export: the built product's launch script run as
 * a migration script runs it, on the demo clinic. Atlas's own export of a demo patient, imported
 * back, is refused as a likely duplicate; NDJSON of two new patients is shown by a dry run and then
 * registered (the same file again is refused, which proves they were stored); a 50 MB file and
 * text that is not JSON are refused with a message, nothing imported.
 */
class FhirImportCommandTest {

    private static final String THERAPIST = "demo.therapist\n" + Product.DEMO_PASSWORD + "\n";

    @Test
    void anotherSystemsPatientsAreCheckedShownAndRegisteredAllOrNone() throws Exception {
        Product atlas = Product.newDemoClinic("import-fhir");
        Path folder = atlas.data();

        Path own = folder.resolve("DEMO-000001.json");
        Product.Run run = atlas.command(THERAPIST, "--export-fhir", "DEMO-000001", "--out", own.toString());
        assertEquals(0, run.exit(), run.output());
        run = atlas.command(THERAPIST, "--import-fhir", own.toString(), "--dry-run");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("a Bundle of ") && run.output().contains("; patients in it: 1"), run.output());
        assertTrue(run.output().contains("is likely DEMO-000001, registered already"), run.output());
        // each reason once, with its first places
        assertTrue(run.output().matches("(?s).*\n  entry 1 \\(Organization\\), entry \\d+ \\(AuditEvent\\), entry \\d+"
                + " \\(AuditEvent\\) and \\d+ more: not imported: Atlas keeps no such record\n.*"), run.output());

        Path ndjson = folder.resolve("Patient.ndjson");
        Files.writeString(ndjson, patient("NEW-1", "Imhof", "Lorenz", "1955-02-02") + "\n"
                + patient("NEW-2", "Z\u00fcrcher", "Jana", "1999-09-09") + "\n");
        run = atlas.command(THERAPIST, "--import-fhir", ndjson.toString(), "--dry-run");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("NDJSON of 2 resources, one per line; patients in it: 2"), run.output());
        assertTrue(run.output().contains("Dry run: 2 patients would be registered; nothing was saved."), run.output());
        run = atlas.command(THERAPIST, "--import-fhir", ndjson.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Registered 2 patients, NEW-1 to NEW-2"), run.output());
        assertFalse(run.output().contains(" INFO "), "the log's lines stay in the log file:\n" + run.output());
        run = atlas.command(THERAPIST, "--import-fhir", ndjson.toString(), "--dry-run");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("line 2: Z\u00fcrcher, Jana, born 1999-09-09, is likely NEW-2"), run.output());

        Path large = folder.resolve("large.ndjson");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(50L << 20);
        }
        run = atlas.command(THERAPIST, "--import-fhir", large.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("has 50 MB; at most 32 MB can be imported at once"), run.output());

        Path notJson = folder.resolve("export.json");
        Files.writeString(notJson, "{\"resourceType\": \"Patient\", \"name\": [");
        run = atlas.command(THERAPIST, "--import-fhir", notJson.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("the file: not FHIR R4 JSON: "), run.output());
        assertTrue(run.output().contains("Nothing was imported"), run.output());
        assertFalse(run.output().contains("Exception"), run.output());
    }

    /**
     * The demo patient's record moved into another Atlas (here: the same clinic under another
     * record number, as the second clinic's numbering would give it): the built-in forms on the
     * command line's class path score the answers again, and the scores exported from the copy are
     * the scores of the original at the visits that came with it; the diary comes whole; signed
     * notes, plans, goals and interventions given come (drafts stay behind).
     */
    @Test
    void aRecordMovedByFhirKeepsItsScoresAndDiary() throws Exception {
        Product atlas = Product.newDemoClinic("move-fhir");
        Path own = atlas.data().resolve("DEMO-000001.json");
        Product.Run run = atlas.command(THERAPIST, "--export-fhir", "DEMO-000001", "--out", own.toString());
        assertEquals(0, run.exit(), run.output());
        Path moved = atlas.data().resolve("moved.json");
        Files.writeString(moved, Files.readString(own).replace("DEMO-000001", "MOVED-000001"));
        run = atlas.command(THERAPIST, "--import-fhir", moved.toString(), "--keep-duplicates");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().matches("(?s).*with \\d+ episodes of care, \\d+ past visits, [1-9]\\d* signed notes,"
                + " [1-9]\\d* plans of care, \\d+ interventions given, [1-9]\\d* forms, [1-9]\\d*"
                + " headache diary entries and \\d+ red-flag screenings; \\d+ documents.*"), run.output());
        assertTrue(run.output().contains("Registered 1 patients, MOVED-000001"), run.output());
        assertTrue(run.output().matches("(?s).* and [1-9]\\d+ more: not imported as sent: a score of a form in the"
                + " file, which Atlas scores again from the form's answers\n.*"), run.output());

        Path copy = atlas.data().resolve("MOVED-000001.json");
        run = atlas.command(THERAPIST, "--export-fhir", "MOVED-000001", "--out", copy.toString());
        assertEquals(0, run.exit(), run.output());
        Bundle original = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, Files.readString(own));
        Bundle again = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, Files.readString(copy));
        java.util.List<String> scoresAgain = scores(again);
        assertFalse(scoresAgain.isEmpty(), "the forms were scored again");
        assertTrue(scores(original).containsAll(scoresAgain), "the same scores as the original's:\n" + scoresAgain);
        assertEquals(diary(original), diary(again));
        assertEquals(count(original, "Procedure"), count(again, "Procedure"), "every intervention given");
        for (String type : java.util.List.of("CarePlan", "Goal", "DocumentReference")) {
            long sent = count(original, type);
            long back = count(again, type);
            assertTrue(back > 0 && back <= sent, type + ": " + back + " of " + sent + " came back (drafts stay behind)");
        }
    }

    private static long count(Bundle bundle, String type) {
        return bundle.getEntry().stream().filter(entry -> entry.getResource().fhirType().equals(type)).count();
    }

    /** Each score as "measure at time: value", sorted. */
    private static java.util.List<String> scores(Bundle bundle) {
        return observations(bundle, "urn:atlas:fhir:cs:measure").map(score -> score.getCode().getText() + " at "
                + score.getEffectiveDateTimeType().getValueAsString() + ": " + score.getValueQuantity().getValue()
                .stripTrailingZeros().toPlainString()).sorted().toList();
    }

    /** Each diary entry's start and fields, sorted. */
    private static java.util.List<String> diary(Bundle bundle) {
        return observations(bundle, "urn:atlas:fhir:cs:headache-diary").map(attack -> attack.getEffectivePeriod()
                .getStartElement().getValueAsString() + attack.getComponent().stream().map(field -> " " + field.getCode()
                        .getText() + "=" + field.getValue().primitiveValue()).reduce("", String::concat)).sorted().toList();
    }

    private static java.util.stream.Stream<Observation> observations(Bundle bundle, String system) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast)
                .filter(observation -> observation.getCode().getCoding().stream().anyMatch(code -> system.equals(code
                        .getSystem())));
    }

    private static String patient(String number, String family, String given, String birth) {
        return "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:atlas:fhir:sid:record-number\",\"value\":\""
                + number + "\"}],\"name\":[{\"family\":\"" + family + "\",\"given\":[\"" + given
                + "\"]}],\"gender\":\"male\",\"birthDate\":\"" + birth + "\"}";
    }
}
