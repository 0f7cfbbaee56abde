package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * Issue 20, records out as FHIR from the window: the therapist exports the active patient's record
 * (Administration > Export Record as FHIR) - a Bundle of that patient in the data folder's exports,
 * the therapist's alone - and then every record as FHIR Bulk Data, behind a progress bar: one
 * NDJSON file per resource type, with a Patient line for every patient of the clinic.
 */
class FhirExportUiTest {

    @Test
    void aRecordAndThenTheWholeClinicAreExportedAsFhir() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String number = "FHIR-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        PatientService patients = Workbench.service(PatientService.class);
        Patient patient = patients.register(new Patient(number, "Fuchs", "Flavia", LocalDate.of(1971, 4, 9), Sex.FEMALE));
        try {
            Workbench.executeLater(display, "atlas.patients.command.openRecord",
                    Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
            Composite record = Workbench.record(display, "Fuchs, Flavia");

            Workbench.executeOnRecord(display, record, "atlas.admin.command.exportFhir");
            Shell exported = Workbench.dialogTitled(display, "FHIR export");
            String said = onUi(display, () -> String.join(" ", Workbench.labels(exported))).strip(); // the icon's label is empty
            Workbench.pressLabelled(exported, "OK");
            assertTrue(said.startsWith("The record of Fuchs, Flavia was written to "), said);
            Path file = Path.of(said.substring("The record of Fuchs, Flavia was written to ".length(),
                    said.indexOf(" as an HL7 FHIR R4 Bundle")));
            String json = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(json.contains("\"resourceType\": \"Bundle\"") && json.contains("\"value\": \"" + number + "\""),
                    json.substring(0, Math.min(200, json.length())));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));

            Workbench.executeLater(display, "atlas.admin.command.exportFhirAll", null);
            Shell done = Workbench.dialogTitled(display, "FHIR export");
            String bulk = onUi(display, () -> String.join(" ", Workbench.labels(done))).strip();
            Workbench.pressLabelled(done, "OK");
            assertTrue(bulk.contains(" were written to "), bulk);
            Path folder = Path.of(bulk.substring(bulk.indexOf(" were written to ") + " were written to ".length(),
                    bulk.indexOf(": one NDJSON file")));
            List<String> lines = Files.readAllLines(folder.resolve("Patient.ndjson"), StandardCharsets.UTF_8);
            assertEquals(patients.count(), lines.size(), "a line for every patient");
            assertTrue(lines.stream().anyMatch(line -> line.contains("\"value\":\"" + number + "\"")), "Flavia among them");
            try (Stream<Path> files = Files.list(folder)) {
                List<String> types = files.map(each -> each.getFileName().toString()).sorted().toList();
                assertTrue(types.containsAll(List.of("AuditEvent.ndjson", "Organization.ndjson", "Patient.ndjson")),
                        types.toString());
            }
            assertEquals(1, Files.readAllLines(folder.resolve("Organization.ndjson")).size(), "the clinic once");
        } finally {
            Workbench.closeDialogs(main);
            Workbench.closeRecords();
        }
    }
}
