package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditTrail;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.ui.ValidatedDialog;

/**
 * Issue 18, a patient's details: the front desk chooses the patient in the list, Patient > Edit
 * Patient Details, types a new phone, the insurance and an emergency contact with real keys (a wrong
 * insurance number refused by field, Save disabled), saves; the register has them, and the audit
 * trail has the change with its old and new values.
 */
class EditPatientUiTest {

    @Test
    void theFrontDeskEditsAddressPhoneInsuranceAndEmergencyContact() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String number = "ED-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-1";
        Patient patient = new Patient(number, "Adler", "Amalia", LocalDate.of(1981, 8, 8), Sex.FEMALE);
        patient.setContact(new atlas.core.patient.ContactDetails("044 111 22 33", null, null));
        patient = Workbench.service(PatientService.class).register(patient);
        long id = patient.getId();
        Workbench.switchUser(display, "demo.desk");
        try {
            Workbench.chooseInList(display, number);
            Workbench.executeLater(display, "atlas.patients.command.editPatient", null);
            Shell dialog = Workbench.dialog(display, "dialog.editPatient");
            assertEquals("044 111 22 33", onUi(display, () -> ((org.eclipse.swt.widgets.Text) require(dialog,
                    "edit.phone")).getText()), "the details as stored");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "edit.phone")), "044 999 88 77");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "edit.insuranceName")), "Helsana");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "edit.insuranceNumber")), "#80756");
            String refused = waitFor("the insurance number refused", () -> onUi(display,
                    () -> (String) dialog.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.startsWith("Insurance number: \"#80756\""), refused);
            assertEquals(false, onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()));
            Keys.typeInto(display, onUi(display, () -> require(dialog, "edit.insuranceNumber")), "80756 01234");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "edit.emergencyName")), "Alex Adler");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "edit.emergencyPhone")), "079 123 45 67");
            waitFor("the details accepted", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save"))
                    .isEnabled() ? true : null));
            Workbench.press(dialog, "dialog.save");
            waitFor("the dialog closed", () -> onUi(display, () -> dialog.isDisposed() ? true : null));

            Patient stored = Workbench.service(PatientService.class).find(id).orElseThrow();
            assertEquals("044 999 88 77", stored.getContact().getPhone());
            assertEquals("Helsana", stored.getInsuranceName());
            assertEquals("80756 01234", stored.getInsuranceNumber());
            assertEquals("Alex Adler", stored.getEmergencyName());
            Workbench.switchToAdministrator(display); // who reads the audit trail
            List<AuditEvent> updates = Workbench.service(AuditTrail.class).eventsOfPatient(id, 20).stream()
                    .filter(event -> event.getAction() == AuditAction.UPDATE).toList();
            assertEquals(1, updates.size(), "one save, one entry");
            assertEquals("demo.desk", updates.get(0).getActor());
            assertTrue(updates.get(0).getDetail().contains("phone: 044 111 22 33 -> 044 999 88 77"),
                    updates.get(0).getDetail());
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }
}
