package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.clinician.ClinicianService;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.ui.DateInput;
import atlas.ui.ValidatedDialog;

/**
 * Issue 18, the day: the front desk books a second patient into a time the therapist already has -
 * refused in the dialog naming the therapist and the time taken, the dialog kept, nothing saved -
 * then right after it; in Visits of the Day the first visit is cancelled with a reason, the second
 * marked arrived, and a no-show before its time refused with the reason said; the day sheet
 * printed with the therapist's page holding both visits and the call-off.
 */
class ScheduleUiTest {

    @Test
    void aTherapistIsNeverDoubleBookedAndTheDayListMarksWhereVisitsStand() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        PatientService patients = Workbench.service(PatientService.class);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        Patient first = patients.register(new Patient("SA-" + run, "Termin", "Tina", LocalDate.of(1975, 1, 1), Sex.FEMALE));
        Patient second = patients.register(new Patient("SB-" + run, "Termin", "Tom", LocalDate.of(1977, 2, 2), Sex.MALE));
        EpisodeOfCare firsts = start(episodes, first);
        EpisodeOfCare seconds = start(episodes, second);
        long maria = Workbench.service(ClinicianService.class).list().stream()
                .filter(c -> c.getDisplayName().equals("Maria Lehmann, PT")).findFirst().orElseThrow().getId();
        LocalDate day = LocalDate.now().plusDays(2);
        // an hour of the therapist still free that day (the data folder may hold an earlier run's visits)
        java.time.LocalDateTime at = episodes.nextFreeStart(maria, day.atTime(8, 0), 60);
        String time = at.toLocalTime().toString();
        String quarterPast = at.plusMinutes(15).toLocalTime().toString();
        String halfPast = at.plusMinutes(30).toLocalTime().toString();
        episodes.addVisit(new Visit(first.getId(), firsts.getId(), at, maria, VisitType.DAILY));

        Workbench.switchUser(display, "demo.desk");
        try {
            Workbench.chooseInList(display, "SB-" + run);
            Workbench.executeLater(display, "atlas.patients.command.bookVisit", null);
            Shell dialog = Workbench.dialog(display, "dialog.addVisit");
            display.syncExec(() -> { // chosen as a user does: the duration follows the kind of visit
                Combo type = (Combo) find(dialog, "visit.type");
                type.select(VisitType.DAILY.ordinal());
                type.notifyListeners(SWT.Selection, new Event());
            });
            type(dialog, "visit.date", DateInput.forPlatform().format(day));
            type(dialog, "visit.time", quarterPast);
            display.syncExec(() -> {
                Combo clinicians = (Combo) find(dialog, "visit.clinician");
                clinicians.select(List.of(clinicians.getItems()).indexOf("Maria Lehmann, PT"));
                clinicians.notifyListeners(SWT.Selection, new Event());
            });
            assertEquals("30", onUi(display, () -> ((Text) find(dialog, "visit.duration")).getText()),
                    "a treatment takes half an hour");
            Workbench.press(dialog, "dialog.save");
            String refused = waitFor("the clash said", () -> onUi(display, () -> dialog.isDisposed() ? "closed"
                    : (String) dialog.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.contains("Maria Lehmann, PT already has a visit on ")
                    && refused.contains(" from " + time + " to " + halfPast + "; choose another time or therapist"),
                    refused);
            assertEquals(0, episodes.visitsOf(seconds.getId()).size(), "nothing saved");
            type(dialog, "visit.time", halfPast);
            Workbench.pressLater(dialog, "dialog.save");
            Workbench.pressLabelled(Workbench.dialogTitled(display, "Book visit"), "OK");
            assertEquals(at.plusMinutes(30), episodes.visitsOf(seconds.getId()).get(0).getStartsAt());

            Workbench.executeLater(display, "atlas.patients.command.dayList", null);
            Composite dayList = waitFor("the visits of the day", () -> onUi(display,
                    () -> Workbench.partWidget("atlas.patients.partdescriptor.dayList")));
            Workbench.press(dayList, "dayList.next");
            Workbench.press(dayList, "dayList.next");
            choose(display, dayList, "SA-" + run);
            Workbench.pressLater(dayList, "dayList.cancel");
            Shell reason = Workbench.dialogTitled(display, "Cancel visit");
            Keys.typeInto(display, onUi(display, () -> Workbench.all(reason).stream()
                    .filter(Text.class::isInstance).findFirst().orElseThrow()), "Migraine attack");
            Workbench.pressLabelled(reason, "OK");
            assertEquals("Cancelled: Migraine attack", status(display, dayList, "SA-" + run, "Cancelled"));
            choose(display, dayList, "SB-" + run);
            Workbench.press(dayList, "dayList.arrived");
            assertEquals("Arrived", status(display, dayList, "SB-" + run, "Arrived"));
            choose(display, dayList, "SB-" + run);
            Workbench.press(dayList, "dayList.bookedAgain");
            status(display, dayList, "SB-" + run, "Booked");
            choose(display, dayList, "SB-" + run);
            Workbench.press(dayList, "dayList.noShow");
            String said = waitFor("the no-show refused", () -> onUi(display, () -> {
                String summary = ((Label) find(dayList, "dayList.summary")).getText();
                return summary.startsWith("a visit is marked as missed once its time has come") ? summary : null;
            }));
            assertTrue(said.length() > 0);
            assertEquals(VisitStatus.CANCELLED, episodes.visitsOf(firsts.getId()).get(0).getStatus());

            Workbench.press(dayList, "dayList.print");
            String printed = waitFor("the day sheet printed", () -> onUi(display, () -> {
                String summary = ((Label) find(dayList, "dayList.summary")).getText();
                return summary.startsWith("Day sheet, one page per therapist: ") ? summary : null;
            }));
            String page = therapistsPage(java.nio.file.Path.of(printed.substring(printed.indexOf(": ") + 2)),
                    "SA-" + run).replaceAll("\\s+", " "); // a long cell wraps within its column
            assertTrue(page.contains("Maria Lehmann, PT") && page.contains("SB-" + run)
                    && page.contains("Cancelled: Migraine attack"), page);
            Workbench.closeParts(display, "atlas.patients.partdescriptor.dayList");
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
            Workbench.closeRecords();
        }
    }

    /** The text of the day sheet's page that holds {@code recordNumber}: the page of its therapist. */
    private static String therapistsPage(java.nio.file.Path sheet, String recordNumber) throws Exception {
        com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(java.nio.file.Files.readAllBytes(sheet));
        try {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(page);
                if (text.contains(recordNumber)) {
                    return text;
                }
            }
            return "";
        } finally {
            pdf.close();
        }
    }

    private static EpisodeOfCare start(EpisodeService episodes, Patient patient) throws Exception {
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        return episodes.start(episode);
    }

    private static void choose(Display display, Composite dayList, String recordNumber) throws InterruptedException {
        waitFor("the row of " + recordNumber, () -> onUi(display, () -> {
            Table visits = (Table) find(dayList, "dayList.visits");
            for (int index = 0; index < visits.getItemCount(); index++) {
                if (visits.getItem(index).getText(1).equals(recordNumber)) {
                    visits.setSelection(index);
                    return true;
                }
            }
            return null;
        }));
    }

    private static String status(Display display, Composite dayList, String recordNumber, String expected)
            throws InterruptedException {
        return waitFor(recordNumber + " " + expected, () -> onUi(display, () -> {
            Table visits = (Table) find(dayList, "dayList.visits");
            for (int index = 0; index < visits.getItemCount(); index++) {
                String status = visits.getItem(index).getText(5);
                if (visits.getItem(index).getText(1).equals(recordNumber) && status.startsWith(expected)) {
                    return status;
                }
            }
            return null;
        }));
    }
}
