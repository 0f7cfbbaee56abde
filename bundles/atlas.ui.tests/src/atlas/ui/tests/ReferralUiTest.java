package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.ui.ValidatedDialog;

/**
 * Issue 18, the referral: a patient with 3 sessions authorised and 2 completed (signed notes) - the
 * banner names what is left; the front desk, with the patient chosen in the list, lowers the
 * sessions to 2 with real keys (a typing slip refused by field, Save disabled); booking then warns
 * that the visit would be beyond the referral and still lets it be booked; the banner says all
 * sessions are used. And the directory of referrers: the front desk adds one (a wrong e-mail
 * refused by field) and chooses it, as offered, for an episode's referral.
 */
class ReferralUiTest {

    @Test
    void theBannerAndTheBookingNameWhatIsLeftOfTheReferral() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String number = "REF-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient(number, "Zuweis", "Zora",
                LocalDate.of(1979, 4, 4), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        ClinicalNoteService notes = Workbench.service(ClinicalNoteService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now().minusWeeks(3), "GP",
                LocalDate.now().minusWeeks(2));
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        episode.setSessionsAuthorised(3);
        episode.setReferralValidUntil(LocalDate.now().plusMonths(2));
        episode = episodes.start(episode);
        for (int week = 2; week >= 1; week--) {
            Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                    LocalDateTime.now().minusWeeks(week).withNano(0), null, VisitType.DAILY));
            ClinicalNote note = new ClinicalNote(patient.getId(), visit.getId(), null);
            note.setAssessment("Fewer headache days; neck rotation better.");
            notes.sign(notes.saveDraft(note).getId(), 0);
        }
        Composite record = Workbench.openAtFirstVisit(display, patient.getId(), "Zuweis, Zora");
        String notices = waitFor("the referral on the banner", () -> onUi(display, () -> {
            String shown = ((Label) require(record, "banner.notices")).getText();
            return shown.contains("Referral:") ? shown : null;
        }));
        assertTrue(notices.contains("Referral: 1 of 3 sessions left, valid until "), notices);
        Workbench.closeRecords();

        Workbench.switchUser(display, "demo.desk");
        try {
            Workbench.chooseInList(display, number);
            Workbench.executeLater(display, "atlas.patients.command.editReferral", null);
            Shell dialog = Workbench.dialog(display, "dialog.editReferral");
            assertEquals("3", onUi(display, () -> ((Text) require(dialog, "episode.sessionsAuthorised")).getText()),
                    "the referral as stored");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "episode.sessionsAuthorised")), "2x");
            String refused = waitFor("the slip refused", () -> onUi(display,
                    () -> (String) dialog.getData(ValidatedDialog.SHOWN_ERROR)));
            assertEquals("Sessions authorised: \"2x\" is not a whole number", refused);
            assertEquals(false, onUi(display, () -> ((Button) require(dialog, "dialog.save")).isEnabled()));
            Keys.typeInto(display, onUi(display, () -> require(dialog, "episode.sessionsAuthorised")), "2");
            Keys.typeInto(display, onUi(display, () -> require(dialog, "episode.referralDiagnosis")),
                    "Cervicogenic headache");
            waitFor("the referral accepted", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save"))
                    .isEnabled() ? true : null));
            Workbench.press(dialog, "dialog.save");
            waitFor("the dialog closed", () -> onUi(display, () -> dialog.isDisposed() ? true : null));
            EpisodeOfCare stored = episodes.episodesOf(patient.getId()).get(0);
            assertEquals(2, stored.getSessionsAuthorised());
            assertEquals("Cervicogenic headache", stored.getReferralDiagnosis());

            Workbench.executeLater(display, "atlas.patients.command.bookVisit", null);
            Shell booking = Workbench.dialog(display, "dialog.addVisit");
            String warned = waitFor("the booking warned", () -> onUi(display,
                    () -> (String) booking.getData(ValidatedDialog.SHOWN_MESSAGE)));
            assertTrue(warned.startsWith("This would be session 3 of 2 authorised by the referral"), warned);
            assertEquals(null, onUi(display, () -> booking.getData(ValidatedDialog.SHOWN_ERROR)), "a warning, not an error");
            display.syncExec(booking::close);
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
        Composite again = Workbench.openAtFirstVisit(display, patient.getId(), "Zuweis, Zora");
        String usedUp = waitFor("all sessions used on the banner", () -> onUi(display, () -> {
            String shown = ((Label) require(again, "banner.notices")).getText();
            return shown.contains("all 2 sessions used") ? shown : null;
        }));
        assertTrue(usedUp.contains("Referral: all 2 sessions used - ask the referrer for a new referral"), usedUp);
        Workbench.closeRecords();
    }

    @Test
    void theFrontDeskAddsAReferrerToTheDirectoryAndChoosesItForAReferral() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("RD-" + run, "Verweis", "Vera",
                LocalDate.of(1985, 5, 5), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now().minusDays(3), "GP",
                LocalDate.now().minusDays(1));
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("G43.0", "Migraine without aura"))));
        episodes.start(episode);
        String name = "Dr. med. Anna Brunner " + run;
        Workbench.switchUser(display, "demo.desk");
        try {
            Workbench.executeLater(display, "atlas.patients.command.referrers", null);
            Shell directory = Workbench.dialog(display, "dialog.referrers");
            Workbench.pressLater(directory, "referrers.add");
            Shell details = Workbench.dialog(display, "dialog.referrer");
            Keys.typeInto(display, onUi(display, () -> require(details, "referrer.name")), name);
            Keys.typeInto(display, onUi(display, () -> require(details, "referrer.specialty")), "Neurology");
            Keys.typeInto(display, onUi(display, () -> require(details, "referrer.practice")), "Praxis am See");
            Keys.typeInto(display, onUi(display, () -> require(details, "referrer.email")), "brunner@praxis");
            String refused = waitFor("the e-mail refused", () -> onUi(display,
                    () -> (String) details.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.startsWith("E-mail: "), refused);
            assertEquals(false, onUi(display, () -> ((Button) require(details, "dialog.save")).isEnabled()));
            Keys.typeInto(display, onUi(display, () -> require(details, "referrer.email")), "brunner@praxis-am-see.ch");
            waitFor("the referrer accepted", () -> onUi(display, () -> ((Button) require(details, "dialog.save"))
                    .isEnabled() ? true : null));
            Workbench.press(details, "dialog.save");
            waitFor("the directory listing the new referrer", () -> onUi(display, () -> {
                org.eclipse.swt.widgets.Table rows = (org.eclipse.swt.widgets.Table) require(directory, "referrers.table");
                return java.util.Arrays.stream(rows.getItems()).anyMatch(row -> row.getText(0).equals(name)
                        && row.getText(1).equals("Neurology")) ? true : null;
            }));
            display.syncExec(directory::close);
            String offered = name + " (Neurology, Praxis am See)";
            Workbench.executeLater(display, "atlas.patients.command.register", null);
            Shell registration = Workbench.dialog(display, "dialog.registerPatient");
            waitFor("the directory offered at the registration", () -> onUi(display, () -> java.util.Arrays.asList(
                    ((org.eclipse.swt.widgets.Combo) require(registration, "register.referrer")).getItems())
                    .contains(offered) ? true : null));
            display.syncExec(registration::close);

            Workbench.chooseInList(display, "RD-" + run);
            Workbench.executeLater(display, "atlas.patients.command.editReferral", null);
            Shell referral = Workbench.dialog(display, "dialog.editReferral");
            waitFor("the directory offered under Referred by", () -> onUi(display, () -> java.util.Arrays.asList(
                    ((org.eclipse.swt.widgets.Combo) require(referral, "episode.referralSource")).getItems())
                    .contains(offered) ? true : null));
            assertEquals("GP", onUi(display, () -> ((org.eclipse.swt.widgets.Combo) require(referral,
                    "episode.referralSource")).getText()), "what was stored stays until changed");
            display.syncExec(() -> ((org.eclipse.swt.widgets.Combo) require(referral, "episode.referralSource")).setText(""));
            Keys.typeInto(display, onUi(display, () -> require(referral, "episode.referralSource")), offered);
            waitFor("the referral accepted", () -> onUi(display, () -> ((Button) require(referral, "dialog.save"))
                    .isEnabled() ? true : null));
            Workbench.press(referral, "dialog.save");
            waitFor("the dialog closed", () -> onUi(display, () -> referral.isDisposed() ? true : null));
            assertEquals(offered, episodes.episodesOf(patient.getId()).get(0).getReferralSource());
        } finally {
            Workbench.closeDialogs(main);
            Workbench.switchUser(display, Workbench.THERAPIST);
        }
    }
}
