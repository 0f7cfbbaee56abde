package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.clinician.ClinicianService;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;
import atlas.ui.DateInput;
import atlas.ui.ValidatedDialog;

/**
 * Issue 18, a series from the plan: the front desk books the signed plan's 12 visits (twice a week
 * for six weeks) for a patient whose referral authorises 10. The dialog proposes them against the
 * therapist's time: the Thursday another patient holds is listed as taken with the free time after
 * it and left unticked, the warning names the sessions beyond the referral; Use Free Times (Alt+F)
 * moves it. A visit booked meanwhile on another workstation refuses the whole series - nothing
 * saved, the list read again showing the new clash - and after moving it too, all 12 are booked.
 */
class BookSeriesUiTest {

    @Test
    void theFrontDeskBooksThePlansSeriesWithItsClashesListedFirst() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        PatientService patients = Workbench.service(PatientService.class);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        Patient patient = patients.register(new Patient("BS-" + run, "Serie", "Sina", LocalDate.of(1980, 5, 5),
                Sex.FEMALE));
        Patient other = patients.register(new Patient("BO-" + run, "Serie", "Otto", LocalDate.of(1970, 6, 6),
                Sex.MALE));
        EpisodeOfCare episode = start(episodes, patient, 10);
        EpisodeOfCare others = start(episodes, other, null);
        PlanOfCareService plans = Workbench.service(PlanOfCareService.class);
        PlanOfCare plan = new PlanOfCare(patient.getId(), episode.getId(), 1, null);
        plan.setSessionsPerWeek(2);
        plan.setWeeks(6);
        plans.sign(plans.createDraft(plan).getId(), 0);
        long maria = Workbench.service(ClinicianService.class).list().stream()
                .filter(c -> c.getDisplayName().equals("Maria Lehmann, PT")).findFirst().orElseThrow().getId();
        // weeks ahead no other test books into, a different one each run (the data folder may be kept)
        LocalDate nextMonday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate monday = null;
        for (int k = 0; monday == null && k < 44; k++) { // within the year a series may be booked ahead
            LocalDate candidate = nextMonday.plusWeeks(2 + Math.floorMod(run.hashCode() + k, 44));
            monday = earlyMorningsFree(episodes, maria, candidate) ? candidate : null;
        }
        LocalDate thursday = monday.plusDays(3);
        episodes.addVisit(new Visit(other.getId(), others.getId(), thursday.atTime(7, 15), maria, VisitType.DAILY));

        Workbench.switchUser(display, "demo.desk");
        try {
            Workbench.chooseInList(display, "BS-" + run);
            Workbench.executeLater(display, "atlas.patients.command.bookSeries", null);
            Shell dialog = Workbench.dialog(display, "dialog.bookSeries");
            assertEquals("12", onUi(display, () -> ((Text) find(dialog, "series.count")).getText()),
                    "twice a week for six weeks");
            assertTrue(onUi(display, () -> ((Button) find(dialog, "series.day.monday")).getSelection()
                    && ((Button) find(dialog, "series.day.thursday")).getSelection()
                    && !((Button) find(dialog, "series.day.tuesday")).getSelection()));
            display.syncExec(() -> {
                Combo therapist = (Combo) find(dialog, "series.clinician");
                therapist.select(List.of(therapist.getItems()).indexOf("Maria Lehmann, PT"));
                therapist.notifyListeners(SWT.Selection, new Event());
            });
            Keys.typeInto(display, onUi(display, () -> find(dialog, "series.firstDay")), DateInput.forPlatform().format(monday));
            Keys.typeInto(display, onUi(display, () -> find(dialog, "series.time")), "7:15");
            String taken = waitFor("the Thursday listed as taken", () -> onUi(display, () -> {
                Table proposed = (Table) find(dialog, "series.proposed");
                return proposed.getItemCount() == 12 && !proposed.getItem(1).getText(3).equals("free")
                        ? proposed.getItem(1).getText(3) : null;
            }));
            assertEquals("taken " + at(7, 15) + " to " + at(7, 45) + "; free at " + at(7, 45), taken);
            assertTrue(onUi(display, () -> ((Button) find(dialog, "dialog.save")).isEnabled()),
                    "the 11 free visits may be booked");
            assertFalse(onUi(display, () -> ((Table) find(dialog, "series.proposed")).getItem(1).getChecked()),
                    "a clashing visit starts unticked");
            assertEquals("Sessions 11 to 11 of this series go beyond the 10 authorised by the referral: "
                    + "ask the referrer for a new referral.", shownMessage(display, dialog));

            Keys.chord(display, SWT.ALT, 'f', 'f'); // Use Free Times
            waitFor("the Thursday moved", () -> onUi(display, () -> {
                Table proposed = (Table) find(dialog, "series.proposed");
                return proposed.getItem(1).getText(2).equals(at(7, 45)) && proposed.getItem(1).getChecked()
                        ? true : null;
            }));
            assertEquals("Sessions 11 to 12 of this series go beyond the 10 authorised by the referral: "
                    + "ask the referrer for a new referral.", shownMessage(display, dialog));

            // another workstation books the fifth visit's time meanwhile
            LocalDateTime fifth = monday.plusWeeks(2).atTime(7, 15);
            episodes.addVisit(new Visit(other.getId(), others.getId(), fifth.plusMinutes(10), maria, VisitType.DAILY));
            Workbench.press(dialog, "dialog.save");
            String refused = waitFor("the series refused", () -> onUi(display,
                    () -> (String) dialog.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.contains("Maria Lehmann, PT already has a visit on ")
                    && refused.contains(" from 07:25 to 07:55; choose another time or therapist"), refused); // the store's 24-hour form
            assertEquals(0, episodes.visitsOf(episode.getId()).size(), "none of the series saved");
            waitFor("the list read again", () -> onUi(display, () -> {
                Table proposed = (Table) find(dialog, "series.proposed");
                return proposed.getItemCount() == 12 && proposed.getItem(4).getText(3)
                        .equals("taken " + at(7, 25) + " to " + at(7, 55) + "; free at " + at(7, 55)) && !proposed.getItem(4).getChecked() ? true
                                : null;
            }));
            Keys.chord(display, SWT.ALT, 'f', 'f');
            waitFor("both moved", () -> onUi(display, () -> {
                Table proposed = (Table) find(dialog, "series.proposed");
                return proposed.getItem(4).getText(2).equals(at(7, 55)) && proposed.getItem(4).getChecked()
                        && proposed.getItem(1).getChecked() ? true : null;
            }));
            Workbench.pressLater(dialog, "dialog.save");
            Workbench.pressLabelled(Workbench.dialogTitled(display, "Book a series"), "OK");
            List<Visit> booked = episodes.visitsOf(episode.getId());
            assertEquals(12, booked.size());
            assertEquals(thursday.atTime(7, 45), booked.get(1).getStartsAt());
            assertEquals(fifth.plusMinutes(40), booked.get(4).getStartsAt());
            assertEquals(monday.plusWeeks(5).plusDays(3).atTime(7, 15), booked.get(11).getStartsAt());
            // their time given back, so a next run on a kept data folder finds these weeks free
            List<Visit> othersVisits = episodes.visitsOf(others.getId());
            for (Visit visit : java.util.stream.Stream.concat(booked.stream(), othersVisits.stream()).toList()) {
                episodes.markVisit(visit.getId(), atlas.core.episode.VisitStatus.CANCELLED, "test over");
            }
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
            Workbench.closeRecords();
        }
    }

    /** Whether the therapist has nothing before 9 on the Mondays and Thursdays of six weeks from {@code monday}. */
    private static boolean earlyMorningsFree(EpisodeService episodes, long therapist, LocalDate monday)
            throws Exception {
        for (int day = 0; day < 6 * 7; day++) {
            LocalDate date = monday.plusDays(day);
            if ((date.getDayOfWeek() == DayOfWeek.MONDAY || date.getDayOfWeek() == DayOfWeek.THURSDAY)
                    && episodes.visitsOn(date).stream().anyMatch(v -> Long.valueOf(therapist)
                            .equals(v.visit().getClinicianId()) && v.visit().getStatus().holdsTime()
                            && v.visit().getStartsAt().getHour() < 9)) {
                return false;
            }
        }
        return true;
    }

    /** A time of day as the window shows it in the user's language. */
    private static String at(int hour, int minute) {
        return atlas.core.dates.ClinicDates.forPlatform().time(java.time.LocalTime.of(hour, minute));
    }

    private static String shownMessage(Display display, Shell dialog) throws InterruptedException {
        return waitFor("the header's message", () -> onUi(display, () -> {
            String said = (String) dialog.getData(ValidatedDialog.SHOWN_MESSAGE);
            return said != null && said.startsWith("Sessions") ? said : null;
        }));
    }

    private static EpisodeOfCare start(EpisodeService episodes, Patient patient, Integer sessions) throws Exception {
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        episode.setSessionsAuthorised(sessions);
        return episodes.start(episode);
    }
}
