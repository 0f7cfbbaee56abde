package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 20, a patient's record out as FHIR for another system: the built product's launch script
 * run as a clinic's script runs it, on the demo clinic. The desk, who may not export records, is
 * refused (signed in with --user and --password-file); a password file others may read is refused
 * before anything opens; the therapist's export is a FHIR Bundle of the demo patient's whole
 * record, readable by its owner alone, valid against the base R4 specification by HAPI's validator,
 * and is not written over; an unknown record number is named.
 */
class FhirExportCommandTest {

    private static final String RECORD = "DEMO-000001";

    @Test
    void aRecordIsExportedAsFhirByWhoMayExportIt() throws Exception {
        Product atlas = Product.newDemoClinic("export-fhir");
        Path out = atlas.data().resolve("DEMO-000001.fhir.json");

        Path passwordFile = atlas.data().resolve("desk.password");
        Files.writeString(passwordFile, Product.DEMO_PASSWORD + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        Product.Run run = atlas.command("", "--export-fhir", RECORD, "--out", out.toString(), "--user", "demo.desk",
                "--password-file", passwordFile.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("may be read by others; make it yours alone: chmod 600"), run.output());

        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        run = atlas.command("", "--export-fhir", RECORD, "--out", out.toString(), "--user", "demo.desk",
                "--password-file", passwordFile.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(" may not ") || run.output().contains(" darf nicht "), run.output());
        assertFalse(Files.exists(out), "nothing written for the desk");

        run = atlas.command("demo.therapist\n" + Product.DEMO_PASSWORD + "\n", "--export-fhir", RECORD, "--out",
                out.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Wrote the record of " + RECORD), run.output());
        assertFalse(run.output().contains(" INFO "), "the log's lines stay in the log file:\n" + run.output());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        String json = Files.readString(out);
        assertTrue(json.startsWith("{\n  \"resourceType\": \"Bundle\""), json.substring(0, 80));
        assertTrue(json.contains("\"value\": \"" + RECORD + "\""), "the record number as the patient's identifier");
        for (String type : new String[] { "Patient", "Organization", "Practitioner", "EpisodeOfCare", "Encounter",
                "Observation", "AuditEvent" }) {
            assertTrue(count(json, "\"resourceType\": \"" + type + "\"") >= 1, type + " in the bundle");
        }
        assertEquals(1, count(json, "\"resourceType\": \"Patient\""), "one patient, nobody else's");
        // every resource valid against the base R4 specification (HAPI's validator); warnings printed for the README
        List<String> warnings = FhirValidation.messages(json, ca.uhn.fhir.validation.ResultSeverityEnum.WARNING);
        warnings.stream().distinct().forEach(warning -> System.out.println("FHIR validation: " + warning));
        assertTrue(count(json, "\"resourceType\": \"Questionnaire\"") >= 1, "the forms as Questionnaires");
        assertTrue(warnings.stream().noneMatch(warning -> warning.toLowerCase().contains("questionnaire")
                && warning.contains("resolve")), "every response checked against its Questionnaire");
        assertEquals(List.of(), FhirValidation.messages(json, ca.uhn.fhir.validation.ResultSeverityEnum.ERROR));

        run = atlas.command("demo.therapist\n" + Product.DEMO_PASSWORD + "\n", "--export-fhir", RECORD, "--out",
                out.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("exists already"), run.output());
        assertEquals(json, Files.readString(out), "not written over");

        run = atlas.command("demo.therapist\n" + Product.DEMO_PASSWORD + "\n", "--export-fhir", "NO-SUCH-1", "--out",
                atlas.data().resolve("none.json").toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("No patient has the record number NO-SUCH-1"), run.output());

        run = atlas.command("", "--export-fhir", RECORD);
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("--out FILE names the file to write"), run.output());
    }

    @Test
    void theWholeClinicIsExportedAsBulkDataWhoseEveryReferenceResolves() throws Exception {
        Product atlas = Product.newDemoClinic("export-fhir-all");
        Path folder = atlas.data().resolve("bulk");
        Product.Run run = atlas.command("demo.therapist\n" + Product.DEMO_PASSWORD + "\n", "--export-fhir-all", "--out",
                folder.toString());
        assertEquals(0, run.exit(), run.output());
        Matcher wrote = Pattern.compile("Wrote (\\d+) patients as FHIR Bulk Data").matcher(run.output());
        assertTrue(wrote.find(), run.output());

        ca.uhn.fhir.parser.IParser parser = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser();
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> references = new java.util.ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
                String type = file.getFileName().toString().replace(".ndjson", "");
                for (String line : Files.readAllLines(file)) {
                    org.hl7.fhir.r4.model.Resource resource = (org.hl7.fhir.r4.model.Resource) parser.parseResource(line);
                    assertEquals(type, resource.fhirType(), "one resource type per file");
                    assertTrue(ids.add(type + "/" + resource.getIdElement().getIdPart()), "each resource once");
                    Matcher reference = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(line);
                    while (reference.find()) {
                        references.add(reference.group(1));
                    }
                }
            }
        }
        assertEquals(Integer.parseInt(wrote.group(1)), ids.stream().filter(id -> id.startsWith("Patient/")).count());
        assertEquals(1, ids.stream().filter(id -> id.startsWith("Organization/")).count(), "the clinic once");
        assertTrue(references.size() > 100, references.size() + " references");
        assertTrue(ids.containsAll(references), "every reference is Type/id of a resource in the files");

        run = atlas.command("demo.therapist\n" + Product.DEMO_PASSWORD + "\n", "--export-fhir-all", "--out",
                folder.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("the folder holds files already"), run.output());
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
