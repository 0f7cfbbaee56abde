package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.press;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.security.UserService;
import atlas.core.store.AtRest;
import atlas.core.store.ClinicalDatabase;

/**
 * The administration area in the real workbench: a patient's data exported for an access
 * request by the therapist (encrypted for the patient, opened with the password shown: a FHIR
 * Bundle; the administrator is not offered it), the audit trail filtered by the patient (the export is in it), the chain verified and
 * the entries exported as CSV, and the patient pseudonymised with a reason.
 */
class AdministrationUiTest {

    /** The title of the record part's message when the record cannot be shown. */

    @Test
    void exportAuditAndPseudonymise() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String number = "ADM-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        PatientService patients = Workbench.service(PatientService.class);
        Patient patient = patients.register(new Patient(number, "Adler", "Agnes", LocalDate.of(1958, 5, 17), Sex.FEMALE));
        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, "Adler, Agnes");

        Workbench.executeOnRecord(display, record, "atlas.admin.command.exportPatient");
        Shell exported = Workbench.dialogTitled(display, "Patient data export");
        String said = onUi(display, () -> String.join(" ", Workbench.labels(exported)));
        Workbench.pressLabelled(exported, "OK");
        // encrypted for the patient (the password shown once), the user's alone; PatientDataExportTest opens it
        Path exportFile = Path.of(said.substring(said.indexOf("written to ") + "written to ".length(),
                said.indexOf(", encrypted for the patient")));
        assertTrue(said.matches("(?s).*\\b([A-Z2-7]{4}-){4}[A-Z2-7]{4}\\b.*"), "the password is shown: " + said);
        String pdf = new String(Files.readAllBytes(exportFile), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF") && pdf.contains("/Encrypt"), "an encrypted PDF");
        assertFalse(pdf.contains("Adler") || pdf.contains(number), "nothing of the record readable in the file");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(exportFile)));
        // opened with the password shown: the record as a FHIR Bundle, printed on the pages after the cover
        String password = said.replaceAll("(?s).*\\b(([A-Z2-7]{4}-){4}[A-Z2-7]{4})\\b.*", "$1");
        com.lowagie.text.pdf.PdfReader opened = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(exportFile),
                password.getBytes(StandardCharsets.UTF_8));
        try {
            String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(opened).getTextFromPage(2);
            assertTrue(printed.contains("\"resourceType\": \"Bundle\""), printed);
            StringBuilder all = new StringBuilder();
            for (int page = 2; page <= opened.getNumberOfPages(); page++) {
                all.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(opened).getTextFromPage(page));
            }
            assertTrue(all.toString().contains("\"value\": \"" + number + "\""), "the record number as the identifier");
            assertTrue(all.toString().contains("\"resourceType\": \"AuditEvent\""), "the audit entries too");
        } finally {
            opened.close();
        }

        Workbench.executeOnRecord(display, record, "atlas.admin.command.pseudonymise");
        Shell ask = Workbench.dialogTitled(display, "Pseudonymise patient");
        display.syncExec(() -> {
            for (Control control : Workbench.all(ask)) {
                if (control instanceof Text reason) {
                    reason.setText("Request of " + LocalDate.now());
                }
            }
        });
        Workbench.pressLabelled(ask, "OK");
        Shell done = Workbench.dialogTitled(display, "Pseudonymise patient");
        String doneText = onUi(display, () -> String.join(" ", Workbench.labels(done)));
        Workbench.pressLabelled(done, "OK");
        assertTrue(doneText.contains("PSN-"), doneText);
        String pseudonym = doneText.substring(doneText.indexOf("PSN-"), doneText.indexOf("PSN-") + 12);
        assertTrue(patients.findByRecordNumber(number).isEmpty(), "the old record number is gone");
        Patient now = patients.findByRecordNumber(pseudonym).orElseThrow();
        assertEquals(patient.getId(), now.getId(), "the same patient, the records kept");
        assertEquals("Pseudonym", now.getFamilyName());
        // the administrator reads the trail, but no clinical record
        ClinicalDatabase database = Workbench.service(ClinicalDatabase.class);
        // the demo clinic's first administrator protected its key when it was made: never unwrapped
        assertEquals(AtRest.ENCRYPTED, database.atRest());
        Path keyFile = Path.of(System.getProperty("atlas.data"), "atlas.keys");
        assertFalse(Files.readString(keyFile).contains("unprotected"), "the key lies beside the file only wrapped");
        Workbench.switchUser(display, "admin");
        if (Workbench.dialogWithin(display, "dialog.recoveryKey", java.time.Duration.ofSeconds(3)) != null) {
            // a clean run made the demo clinic in this start: its recovery key is shown at the
            // administrator's first sign-in, once
            writeDownRecoveryKey(display);
        }
        assertFalse(Files.readString(keyFile).contains(patient.getFamilyName()));
        // a lost recovery key is replaced from the Administration menu: the slot changes
        String recoverySlot = recoverySlot(keyFile);
        Workbench.executeLater(display, "atlas.admin.command.recoveryKey", null);
        writeDownRecoveryKey(display);
        assertFalse(recoverySlot.equals(recoverySlot(keyFile)), "the previous recovery key no longer opens it");
        // opening a record is disabled for the administrator (no empty tab, no refusal after it) ...
        org.eclipse.e4.core.contexts.IEclipseContext context = Workbench.application().getContext();
        boolean opens = onUi(display, () -> {
            return context.get(org.eclipse.e4.core.commands.EHandlerService.class).canExecute(context
                    .get(org.eclipse.e4.core.commands.ECommandService.class).createCommand("atlas.patients.command.openRecord",
                            Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId()))));
        });
        assertFalse(opens, "the administrator reads no clinical record");
        // ... and the store refuses on its own all the same
        atlas.core.security.AccessDeniedException refusedByStore = org.junit.jupiter.api.Assertions.assertThrows(
                atlas.core.security.AccessDeniedException.class,
                () -> Workbench.service(atlas.core.note.ClinicalNoteService.class).notesOf(patient.getId()));
        assertTrue(refusedByStore.getMessage().contains("may not read clinical records"), refusedByStore.getMessage());
        // the administrator adds a front-desk user
        String desk = "desk." + Long.toString(System.nanoTime() % 100000);
        Workbench.executeLater(display, "atlas.admin.command.users", null);
        Shell users = Workbench.dialog(display, "dialog.users");
        type(users, "users.username", desk);
        type(users, "users.name", "Front Desk Two");
        display.syncExec(() -> {
            org.eclipse.swt.widgets.Combo role = (org.eclipse.swt.widgets.Combo) find(users, "users.role");
            role.select(2); // front desk
        });
        type(users, "users.password", "short");
        type(users, "users.repeat", "short");
        press(users, "users.add");
        // the changes are written in the background; each answer comes back to the dialog
        waitFor("a short password refused", () -> onUi(display, () -> ((Label) find(users, "users.message")).getText()
                .contains("at least 10") ? true : null));
        type(users, "users.password", "desk password 2");
        type(users, "users.repeat", "desk password 2");
        press(users, "users.add");
        waitFor(desk + " added", () -> onUi(display, () -> ((Label) find(users, "users.message")).getText()
                .equals(desk + " can sign in now.") ? true : null));
        waitFor(desk + " listed as front desk", () -> onUi(display, () -> {
            Table accounts = (Table) find(users, "users.table");
            for (int row = 0; row < accounts.getItemCount(); row++) {
                if (accounts.getItem(row).getText(0).equals(desk) && accounts.getItem(row).getText(2).equals("front desk")) {
                    return true;
                }
            }
            return null;
        }));
        // the new user gets a new password from the administrator, then is deactivated
        selectRow(display, users, desk);
        type(users, "users.password", "desk password 3");
        type(users, "users.repeat", "desk password 3");
        press(users, "users.reset");
        waitFor(desk + "'s new password", () -> onUi(display, () -> ((Label) find(users, "users.message")).getText()
                .startsWith(desk + " has a new password") ? true : null));
        UserService accounts = Workbench.service(UserService.class);
        selectRow(display, users, desk);
        Workbench.pressLater(users, "users.deactivate");
        Shell confirm = Workbench.dialogTitled(display, "Deactivate user");
        Workbench.pressLabelled(confirm, "OK");
        waitFor(desk + " deactivated", () -> onUi(display, () -> ((Label) find(users, "users.message")).getText()
                .equals(desk + " is deactivated.") ? true : null));
        assertFalse(accounts.users().stream().filter(u -> u.getUsername().equals(desk)).findFirst().orElseThrow().isActive());
        assertEquals("no (deactivated)", waitFor("the table read again", () -> onUi(display, () -> {
            Table table = (Table) find(users, "users.table");
            for (int row = 0; row < table.getItemCount(); row++) {
                if (table.getItem(row).getText(0).equals(desk) && !table.getItem(row).getText(3).equals("yes")) {
                    return table.getItem(row).getText(3);
                }
            }
            return null;
        })), "the table says so");
        assertThrows(atlas.core.security.SignInRefused.class,
                () -> accounts.signIn(desk, "desk password 3".toCharArray(), java.time.Instant.now()),
                "a deactivated user cannot sign in");
        press(users, "dialog.close");

        // the backup plan: read before its dialog opens, a wrong time refused in the dialog, a good plan kept
        Path backups = Files.createDirectories(Path.of(System.getProperty("atlas.data")).toAbsolutePath().getParent()
                .resolve("ui-backups"));
        atlas.core.store.BackupService backupService = Workbench.service(atlas.core.store.BackupService.class);
        atlas.core.store.BackupPlan before = backupService.plan();
        Workbench.executeLater(display, "atlas.admin.command.backupPlan", null);
        Shell plan = Workbench.dialog(display, "dialog.backupPlan");
        assertTrue(Path.of(onUi(display, () -> ((Text) find(plan, "backupPlan.destination")).getText())).isAbsolute());
        type(plan, "backupPlan.destination", backups.toString());
        display.syncExec(() -> {
            Button daily = (Button) find(plan, "backupPlan.daily");
            daily.setSelection(true);
            daily.notifyListeners(SWT.Selection, new Event());
        });
        type(plan, "backupPlan.dailyAt", "25:00");
        press(plan, "backupPlan.save");
        assertEquals("Give the daily time as HH:MM, e.g. 18:30 (not \"25:00\").",
                onUi(display, () -> ((Label) find(plan, "backupPlan.refusal")).getText()));
        type(plan, "backupPlan.dailyAt", "19:15");
        press(plan, "backupPlan.save");
        waitFor("the plan kept", () -> onUi(display, () -> plan.isDisposed() ? true : null));
        atlas.core.store.BackupPlan kept = backupService.plan();
        assertEquals(backups, kept.destination());
        assertEquals(java.time.LocalTime.of(19, 15), kept.dailyAt());
        backupService.plan(before); // no daily backup starting in the middle of the other tests
        Workbench.executeLater(display, "atlas.admin.command.audit", null);
        Composite audit = waitFor("the audit trail", () -> onUi(display,
                () -> Workbench.partWidget("atlas.admin.partdescriptor.audit")));
        type(audit, "audit.recordNumber", pseudonym);
        press(audit, "audit.search");
        List<String> actions = waitFor("the patient's entries", () -> onUi(display, () -> {
            Table entries = (Table) find(audit, "audit.entries");
            List<String> seen = new ArrayList<>();
            for (int row = 0; row < entries.getItemCount(); row++) {
                if (!entries.getItem(row).getText(5).equals(patient.getId().toString())) {
                    return null; // not the patient's entries (yet): the filter has not been applied
                }
                seen.add(entries.getItem(row).getText(3));
            }
            return seen.contains("EXPORT") ? seen : null;
        }));
        assertTrue(actions.indexOf("PSEUDONYMISE") >= 0 && actions.indexOf("PSEUDONYMISE") < actions.indexOf("EXPORT")
                && actions.contains("CREATE") && actions.contains("OPEN_RECORD"), "newest first: " + actions);
        // the refused opening is in the trail, under the administrator's name
        assertTrue(Workbench.service(atlas.core.audit.AuditTrail.class).search(new atlas.core.audit.AuditQuery(null,
                "admin", atlas.core.audit.AuditAction.ACCESS_DENIED, LocalDate.now(), null), 10).stream()
                .anyMatch(event -> event.getDetail().equals("admin: CLINICAL_READ")), "the refusal audited");
        press(audit, "audit.verify");
        String verified = waitFor("the chain verified", () -> onUi(display, () -> {
            String text = ((Label) find(audit, "audit.message")).getText();
            return text.startsWith("The chain is intact") ? text : null;
        }));
        assertTrue(verified.contains("entries checked"), verified);
        press(audit, "audit.export");
        String exportedCsv = onUi(display, () -> ((Label) find(audit, "audit.message")).getText());
        Path csv = Path.of(exportedCsv.substring(exportedCsv.indexOf(" as ") + 4, exportedCsv.length() - 1));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("sequence,occurred_at,actor,action"), lines.get(0));
        assertEquals(actions.size() + 1, lines.size());

        // the administrator answers a data request from the patient list (no record needed)
        Composite list = onUi(display, () -> {
            Workbench.partsNow().getParts().stream().filter(part -> "atlas.app.part.patients".equals(part.getElementId()))
                    .findFirst().ifPresent(part -> Workbench.partsNow().activate(part, true));
            return Workbench.partWidget("atlas.app.part.patients");
        });
        type(list, "patients.search", pseudonym);
        waitFor("the pseudonymised patient listed", () -> onUi(display, () -> {
            Table rows = (Table) find(list, "patients.table");
            if (rows.getItemCount() == 1 && rows.getItem(0).getText(0).equals(pseudonym)) {
                rows.setSelection(0);
                rows.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                return true;
            }
            return null;
        }));
        // the administrator reads no clinical record, and so exports none: the command is not offered
        org.eclipse.e4.core.contexts.IEclipseContext active = Workbench.application().getContext();
        assertFalse(onUi(display, () -> active.get(org.eclipse.e4.core.commands.EHandlerService.class).canExecute(
                active.get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(
                        "atlas.admin.command.exportPatient", null))), "export offered to the administrator");
        type(list, "patients.search", "");
        Workbench.switchUser(display, Workbench.THERAPIST); // the other UI tests work as the therapist
        Workbench.closeParts(display, "atlas.admin.");
        Workbench.closeRecords();
    }

    /** Chooses the account's row in the Users dialog's table, as a click would. */
    private static void selectRow(Display display, Shell users, String username) {
        display.syncExec(() -> {
            Table accounts = (Table) find(users, "users.table");
            for (int row = 0; row < accounts.getItemCount(); row++) {
                if (accounts.getItem(row).getText(0).equals(username)) {
                    accounts.setSelection(row);
                }
            }
        });
    }

    /** The recovery key dialog: the key in its 8 groups, Done only once it is written down. */
    static String writeDownRecoveryKey(Display display) throws InterruptedException {
        Shell recovery = Workbench.dialog(display, "dialog.recoveryKey");
        String recoveryKey = onUi(display, () -> ((Text) find(recovery, "recoveryKey.key")).getText());
        assertTrue(recoveryKey.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"), recoveryKey);
        assertFalse(onUi(display, () -> ((Button) find(recovery, "recoveryKey.done")).isEnabled()),
                "Done only once the key is written down");
        display.syncExec(() -> {
            Button writtenDown = (Button) find(recovery, "recoveryKey.writtenDown");
            writtenDown.setSelection(true);
            writtenDown.notifyListeners(SWT.Selection, new Event());
        });
        press(recovery, "recoveryKey.done");
        return recoveryKey;
    }

    private static String recoverySlot(Path keyFile) throws java.io.IOException {
        return Files.readAllLines(keyFile).stream().filter(line -> line.startsWith("recovery=")).findFirst()
                .orElseThrow();
    }
}
