package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * Issue 18, the recall list: a patient who missed their last visit is listed for the front desk,
 * whose Enter on the line opens Book Visit for them; for the therapist Enter opens the record; once
 * a visit is booked the line is gone.
 */
class RecallUiTest {

    private static final String PART = "atlas.patients.partdescriptor.recall";

    @Test
    void theFrontDeskCallsWhoMissedAVisitAndTheTherapistOpensTheRecord() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String number = "RC-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient(number, "Rueckruf", "Rita",
                LocalDate.of(1983, 3, 3), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare episode = episodes.start(new EpisodeOfCare(patient.getId(), LocalDate.now().minusDays(20),
                "GP", LocalDate.now().minusDays(20)));
        Visit missed = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                LocalDate.now().minusDays(2).atTime(7, 5), null, VisitType.INITIAL_EVALUATION));
        episodes.markVisit(missed.getId(), VisitStatus.NO_SHOW, null);
        try {
            Workbench.switchUser(display, "demo.desk");
            Composite recall = open(display);
            int row = rowOf(display, recall, number, "Missed the last visit, none booked since");
            enterOn(display, recall, row);
            Shell booking = Workbench.dialog(display, "dialog.addVisit"); // Book Visit, for this patient
            display.syncExec(booking::close);
            Workbench.closeParts(display, PART);

            Workbench.switchUser(display, Workbench.THERAPIST);
            Composite again = open(display);
            enterOn(display, again, rowOf(display, again, number, "Missed the last visit, none booked since"));
            Workbench.record(display, patient.displayName());

            episodes.addVisit(new Visit(patient.getId(), episode.getId(), LocalDate.now().plusDays(5).atTime(7, 5),
                    null, VisitType.INITIAL_EVALUATION)); // called and booked
            Composite after = open(display);
            Workbench.press(after, "recall.refresh");
            waitFor("the line gone once booked", () -> onUi(display, () -> lines(after).stream()
                    .noneMatch(line -> line.contains(number)) ? true : null));
        } finally {
            Workbench.closeDialogs(main);
            Workbench.closeParts(display, PART);
            Workbench.closeRecords();
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }

    private static Composite open(Display display) throws InterruptedException {
        Workbench.executeLater(display, "atlas.patients.command.recall", null);
        return waitFor("the recall list shown", () -> onUi(display, () -> Workbench.partWidget(PART)));
    }

    private static int rowOf(Display display, Composite recall, String number, String why) throws InterruptedException {
        return waitFor("the patient listed: " + why, () -> onUi(display, () -> {
            List<String> lines = lines(recall);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(number)) {
                    assertEquals(why, lines.get(i).split("\\|")[0]);
                    return i;
                }
            }
            return null;
        }));
    }

    /** The line chosen, the keyboard in the list, Enter pressed as a real key. */
    private static void enterOn(Display display, Composite recall, int row) throws InterruptedException {
        display.syncExec(() -> {
            Table table = (Table) Workbench.require(recall, "recall.lines");
            table.getShell().forceActive();
            table.setSelection(row);
            table.forceFocus();
        });
        Keys.key(display, '\r', SWT.CR);
    }

    private static List<String> lines(Composite recall) {
        Table table = (Table) Workbench.require(recall, "recall.lines");
        return java.util.Arrays.stream(table.getItems())
                .map(item -> item.getText(0) + "|" + item.getText(2) + "|" + item.getText(3)).toList();
    }
}
