package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.ui.DateInput;

/**
 * The front desk in the real workbench (issue 8, roles): signed in as demo.desk, a patient is
 * chosen in the patient list and a visit booked with a therapist chosen in the dialog; the visit is
 * stored with that therapist. The front desk never sees the record (other tests show the refusal).
 */
class FrontDeskUiTest {

    @Test
    void theFrontDeskBooksAVisitWithATherapistFromThePatientList() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        // with a digit, so that the list searches it as a record number (letters alone: a name)
        String number = "FD-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-1";
        Patient patient = Workbench.service(PatientService.class)
                .register(new Patient(number, "Brandt", "Berta", LocalDate.of(1969, 2, 14), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("G44.2", "Tension-type headache"))));
        episode = episodes.start(episode);

        Workbench.switchUser(display, "demo.desk");
        try {
            Composite list = Workbench.chooseInList(display, number);
            // the commands the front desk may not use are disabled, not refused after an empty tab
            assertFalse(enabled("atlas.admin.command.audit"), "no Audit Trail for the front desk");
            assertFalse(enabled("atlas.outcomes.command.patient"), "no charts for the front desk");
            display.syncExec(() -> find(list, "patients.table").notifyListeners(SWT.DefaultSelection, new Event()));
            assertEquals("Your role does not open clinical records; a therapist can.",
                    onUi(display, () -> ((org.eclipse.swt.widgets.Label) find(list, "patients.summary")).getText()));
            assertEquals(0L, onUi(display, () -> Workbench.partsNow().getParts().stream()
                    .filter(part -> Workbench.RECORD_PART.equals(part.getElementId()) && part.isToBeRendered()).count()),
                    "no empty record tab");
            assertTrue(enabled("atlas.patients.command.bookVisit"));
            Workbench.executeLater(display, "atlas.patients.command.bookVisit", null);
            Shell dialog = Workbench.dialog(display, "dialog.addVisit");
            assertEquals("Book a visit for Brandt, Berta", onUi(display, dialog::getText), "no record is open beside it");
            LocalDate tomorrow = LocalDate.now().plusDays(1);
            display.syncExec(() -> ((Combo) find(dialog, "visit.type")).select(VisitType.INITIAL_EVALUATION.ordinal()));
            type(dialog, "visit.date", DateInput.forPlatform().format(tomorrow));
            type(dialog, "visit.time", "10:15"); // the 24-hour clock is read in every language
            assertFalse(onUi(display, () -> find(dialog, "dialog.save").isEnabled()), "not before a therapist is chosen");
            String therapist = onUi(display, () -> {
                Combo clinicians = (Combo) find(dialog, "visit.clinician");
                int index = List.of(clinicians.getItems()).indexOf("Maria Lehmann, PT");
                clinicians.select(index);
                clinicians.notifyListeners(SWT.Selection, new Event());
                return clinicians.getItem(index);
            });
            Workbench.pressLater(dialog, "dialog.save");
            Shell done = Workbench.dialogTitled(display, "Book visit");
            String said = onUi(display, () -> String.join(" ", Workbench.labels(done)));
            Workbench.pressLabelled(done, "OK");
            assertTrue(said.contains("Booked: Initial evaluation") && said.contains("10:15") && said.contains(therapist), said);

            List<Visit> booked = episodes.visitsOf(episode.getId());
            assertEquals(1, booked.size());
            assertEquals(tomorrow.atTime(10, 15), booked.get(0).getStartsAt());
            assertEquals(atlas.core.security.Role.FRONT_DESK, ((atlas.core.security.UserAccount) Workbench.application()
                    .getContext().get(atlas.ui.AtlasContext.USER)).getRole());
            long maria = Workbench.service(atlas.core.clinician.ClinicianService.class).list().stream()
                    .filter(c -> c.getDisplayName().equals("Maria Lehmann, PT")).findFirst().orElseThrow().getId();
            assertEquals(maria, booked.get(0).getClinicianId());

            // the day list shows tomorrow's booking with the patient and the therapist
            Workbench.executeLater(display, "atlas.patients.command.dayList", null);
            Composite dayList = waitFor("the visits of the day", () -> onUi(display,
                    () -> Workbench.partWidget("atlas.patients.partdescriptor.dayList")));
            Workbench.press(dayList, "dayList.next");
            String row = waitFor("tomorrow's visits", () -> onUi(display, () -> {
                Table visits = (Table) find(dayList, "dayList.visits");
                for (int index = 0; index < visits.getItemCount(); index++) {
                    if (visits.getItem(index).getText(1).equals(number)) {
                        return String.join(" | ", List.of(visits.getItem(index).getText(0), visits.getItem(index).getText(1),
                                visits.getItem(index).getText(2), visits.getItem(index).getText(3),
                                visits.getItem(index).getText(4)));
                    }
                }
                return null;
            }));
            assertEquals(atlas.core.dates.ClinicDates.forPlatform().time(java.time.LocalTime.of(10, 15)) + " | " + number
                    + " | Brandt, Berta | Initial evaluation | Maria Lehmann, PT", row, "the time as the language writes it");
            Workbench.closeParts(display, "atlas.patients.partdescriptor.dayList");
            type(list, "patients.search", "");
        } finally {
            Workbench.switchUser(display, Workbench.THERAPIST); // the other UI tests work as the therapist
            Workbench.closeRecords();
        }
    }

    /** Whether the command is enabled where the user works now (the active part's context). */
    private static boolean enabled(String commandId) throws InterruptedException {
        org.eclipse.e4.core.contexts.IEclipseContext context = Workbench.application().getContext();
        return onUi(Display.getDefault(), () -> {
            org.eclipse.e4.core.contexts.IEclipseContext active = context.getActiveLeaf();
            return active.get(org.eclipse.e4.core.commands.EHandlerService.class).canExecute(
                    active.get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(commandId, null));
        });
    }
}
