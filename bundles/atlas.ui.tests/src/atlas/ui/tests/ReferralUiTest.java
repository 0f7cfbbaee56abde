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
 * sessions are used.
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
            Shell keep = main;
            display.syncExec(() -> java.util.Arrays.stream(display.getShells())
                    .filter(shell -> shell != keep && shell.isVisible()).forEach(Shell::close));
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
}
