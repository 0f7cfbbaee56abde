package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import atlas.core.diary.HeadacheDiaryService;
import atlas.core.form.FormResponse;
import atlas.core.form.FormResponseService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;

/**
 * Issue 20, a record brought in from another system's FHIR export in the window: the therapist
 * opens Patient > Import from FHIR, types the path with real keys and presses Enter. A pain rating
 * of 11 is listed as a problem of its QuestionnaireResponse and Register stays off; with the file
 * corrected, the dialog counts the patient, episode, visit, the form and the pain rating sent as a
 * LOINC score (both NPRS forms) and the diary entry, and lists a heart rate as left out; Register
 * saves the patient with both NPRS scored by the installed form and the diary entry.
 */
class ImportFhirUiTest {

    @Test
    void aFhirExportIsCheckedShownAndRegisteredWithItsFormsAndDiary() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        String number = "FH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Path folder = Files.createTempDirectory("import-fhir");
        Path wrong = Files.writeString(folder.resolve("wrong.json"), bundle(number, 11));
        Path corrected = Files.writeString(folder.resolve("export.json"), bundle(number, 6));
        try {
            Workbench.executeLater(display, "atlas.patients.command.importFhir", null);
            Shell dialog = Workbench.dialog(display, "dialog.importFhir");
            readByKeys(display, dialog, wrong);
            waitFor("the pain rating of 11 listed", () -> onUi(display, () -> text(dialog, "fhirImport.summary")
                    .startsWith("1 problem listed") ? true : null));
            assertTrue(listed(display, dialog).stream().anyMatch(line -> line.matches(
                    "Problem\\|.*11.*\\|entry 4 \\(QuestionnaireResponse\\)")), listed(display, dialog).toString());
            assertFalse(onUi(display, () -> register(dialog).isEnabled()), "no Register while a problem is listed");
            assertTrue(onUi(display, () -> dialog.isVisible()), "Enter read the file; the dialog is still open");

            readByKeys(display, dialog, corrected);
            waitFor("the corrected file checked", () -> onUi(display, () -> text(dialog, "fhirImport.summary")
                    .startsWith("1 patient to register") ? true : null));
            assertEquals("a Bundle of 7 entries: 1 patient, with 1 episode of care, 1 past visit, no signed note,"
                    + " no plan of care, no intervention given, 2 forms, 1 headache diary entry and no red-flag screening;"
                    + " no document.", onUi(display, () -> text(dialog, "fhirImport.howRead")));
            assertEquals(List.of("Left out|not imported: Atlas keeps scores of the forms it scores itself, not scores"
                    + " alone|entry 7 (Observation)"), listed(display, dialog), "a heart rate; the pain rating is a form");
            assertEquals("entry 7 (Observation): not imported: Atlas keeps scores of the forms it scores itself, not"
                    + " scores alone", onUi(display, () -> text(dialog, "fhirImport.detail")), "the whole of the row");
            assertTrue(onUi(display, () -> register(dialog).isEnabled()));

            Workbench.pressLater(dialog, "fhirImport.register");
            waitFor("the dialog closed", () -> onUi(display, () -> dialog.isDisposed() ? true : null));
            Shell done = Workbench.dialogTitled(display, "Import from FHIR");
            assertTrue(onUi(display, () -> Workbench.labels(done)).contains("1 patient registered, " + number + " to "
                    + number + "; each is in the audit trail."), onUi(display, () -> Workbench.labels(done)).toString());
            Workbench.pressLabelled(done, "OK");

            Patient imported = Workbench.service(PatientService.class).findByRecordNumber(number).orElseThrow();
            List<FormResponse> forms = Workbench.service(FormResponseService.class).responsesOf(imported.getId());
            assertEquals(List.of("atlas.nprs 4", "atlas.nprs 6"), forms.stream().map(form -> form.getFormId() + " "
                    + form.getResults().get("nprs")).sorted().toList(), "the form's answers and another system's pain"
                            + " rating (LOINC 72514-3), each scored by the installed NPRS");
            assertEquals(1, Workbench.service(HeadacheDiaryService.class).entries(imported.getId(),
                    java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)).size());
        } finally {
            Workbench.closeDialogs(main);
        }
    }

    /** Another Atlas's export of a patient seen once, with an NPRS of {@code rating}, a diary entry and a score alone. */
    private static String bundle(String number, int rating) {
        String patient = "urn:uuid:10000000-0000-0000-0000-000000000001";
        String episode = "urn:uuid:10000000-0000-0000-0000-000000000002";
        String visit = "urn:uuid:10000000-0000-0000-0000-000000000003";
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + entry(patient, "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:atlas:fhir:sid:record-number\","
                        + "\"value\":\"" + number + "\"}],\"name\":[{\"family\":\"Fuhrer" + number.substring(3).toLowerCase()
                        + "\",\"given\":[\"Hanna\"]}],\"gender\":\"female\",\"birthDate\":\"1981-04-04\"}") + ","
                + entry(episode, "{\"resourceType\":\"EpisodeOfCare\",\"status\":\"finished\",\"patient\":{\"reference\":\""
                        + patient + "\"},\"period\":{\"start\":\"2025-03-03\",\"end\":\"2025-04-28\"}}") + ","
                + entry(visit, "{\"resourceType\":\"Encounter\",\"status\":\"finished\",\"class\":{\"code\":\"AMB\"},"
                        + "\"subject\":{\"reference\":\"" + patient + "\"},\"episodeOfCare\":[{\"reference\":\"" + episode
                        + "\"}],\"period\":{\"start\":\"2025-03-03T09:00:00+01:00\",\"end\":\"2025-03-03T09:45:00+01:00\"}}") + ","
                + entry("urn:uuid:10000000-0000-0000-0000-000000000004", "{\"resourceType\":\"QuestionnaireResponse\","
                        + "\"questionnaire\":\"urn:atlas:fhir:questionnaire:atlas.nprs|1\",\"status\":\"completed\","
                        + "\"subject\":{\"reference\":\"" + patient + "\"},\"encounter\":{\"reference\":\"" + visit + "\"},"
                        + "\"item\":[{\"linkId\":\"nprs\",\"answer\":[{\"valueInteger\":" + rating + "}]}]}") + ","
                + entry("urn:uuid:10000000-0000-0000-0000-000000000005", "{\"resourceType\":\"Observation\",\"status\":\"final\","
                        + "\"code\":{\"coding\":[{\"system\":\"urn:atlas:fhir:cs:headache-diary\",\"code\":\"attack\"}]},"
                        + "\"subject\":{\"reference\":\"" + patient + "\"},\"effectivePeriod\":{\"start\":\"2025-03-01T07:00:00+01:00\"},"
                        + "\"component\":[{\"code\":{\"coding\":[{\"system\":\"urn:atlas:fhir:cs:headache-diary\",\"code\":"
                        + "\"intensity\"}]},\"valueInteger\":7}]}") + ","
                + entry("urn:uuid:10000000-0000-0000-0000-000000000006", "{\"resourceType\":\"Observation\",\"status\":\"final\","
                        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},\"subject\":"
                        + "{\"reference\":\"" + patient + "\"},\"encounter\":{\"reference\":\"" + visit + "\"},"
                        + "\"valueInteger\":4}") + ","
                + entry("urn:uuid:10000000-0000-0000-0000-000000000007", "{\"resourceType\":\"Observation\",\"status\":\"final\","
                        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}]},\"subject\":"
                        + "{\"reference\":\"" + patient + "\"},\"valueQuantity\":{\"value\":72}}")
                + "]}";
    }

    private static String entry(String fullUrl, String resource) {
        return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":" + resource + "}";
    }

    /** The path typed with real keys into the file field, then Enter - which reads it, not registers. */
    private static void readByKeys(Display display, Shell dialog, Path file) throws InterruptedException {
        Workbench.type(dialog, "fhirImport.file", "");
        Keys.typeInto(display, onUi(display, () -> require(dialog, "fhirImport.file")), file.toString());
        Keys.key(display, '\r', SWT.CR);
    }

    private static List<String> listed(Display display, Shell dialog) {
        return onUi(display, () -> {
            Table table = (Table) require(dialog, "fhirImport.listed");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                lines.add(table.getItem(i).getText(0) + "|" + table.getItem(i).getText(1) + "|"
                        + table.getItem(i).getText(2));
            }
            return lines;
        });
    }

    private static Button register(Shell dialog) {
        return (Button) require(dialog, "fhirImport.register");
    }

    private static String text(Shell dialog, String id) {
        return ((Label) require(dialog, id)).getText();
    }
}
