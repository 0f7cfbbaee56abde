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

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocumentService;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.DischargeReason;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.ui.ValidatedDialog;

/**
 * Issue 18, the end of an episode in the window: Patient > Discharge Episode refused while the
 * discharge visit's note is a draft (named, the dialog kept, nothing saved), then - the note
 * signed - the reason chosen and saved, the discharge summary written at once and kept in the
 * record; Patient > Reopen Episode asks why and opens it again.
 */
class DischargeUiTest {

    @Test
    void theTherapistDischargesWithTheSummaryAndReopensForAReason() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("DIS-" + run, "Ende", "Erna",
                LocalDate.of(1971, 6, 6), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        ClinicalNoteService notes = Workbench.service(ClinicalNoteService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now().minusWeeks(6), "GP",
                LocalDate.now().minusWeeks(6));
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        episode = episodes.start(episode);
        Visit first = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                LocalDateTime.now().minusWeeks(6).withNano(0), null, VisitType.INITIAL_EVALUATION));
        notes.sign(note(notes, patient, first).getId(), 0);
        Visit last = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                LocalDateTime.now().minusHours(2).withNano(0), null, VisitType.DISCHARGE));
        ClinicalNote draft = note(notes, patient, last);
        Composite record = Workbench.openAtFirstVisit(display, patient.getId(), "Ende, Erna");
        try {
            Workbench.executeOnRecord(display, record, "atlas.patients.command.discharge");
            Shell dialog = Workbench.dialog(display, "dialog.discharge");
            choose(dialog, DischargeReason.GOALS_MET);
            // the draft note is not known as signed: the therapist's words are asked for
            waitFor("a statement asked for", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save"))
                    .isEnabled() ? null : true));
            Keys.typeInto(display, onUi(display, () -> require(dialog, "discharge.statement")),
                    "Goals met; independent with the home programme.");
            waitFor("the discharge allowed", () -> onUi(display, () -> ((Button) require(dialog, "dialog.save"))
                    .isEnabled() ? true : null));
            Workbench.press(dialog, "dialog.save");
            String refused = waitFor("the unsigned note named", () -> onUi(display,
                    () -> (String) dialog.getData(ValidatedDialog.SHOWN_ERROR)));
            assertTrue(refused.startsWith("Notes: the note of the visit of " + atlas.core.dates.ClinicDates.forPlatform()
                    .date(last.getStartsAt().toLocalDate()) + " is not signed yet"), refused);
            assertEquals(EpisodeStatus.ACTIVE, episodes.episodesOf(patient.getId()).get(0).getStatus(), "nothing saved");
            display.syncExec(dialog::close);

            notes.sign(draft.getId(), 0); // as at another desk: the record hears of it and reads it again
            Workbench.application().getContext().get(org.eclipse.e4.core.services.events.IEventBroker.class)
                    .post("atlas/record/changed", patient.getId());
            waitFor("both notes shown as signed", () -> onUi(display, () -> {
                org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) require(record, "record.timeline");
                if (tree.getItemCount() == 0 || tree.getItem(0).getItemCount() < 2) {
                    return null;
                }
                return "Signed".equals(tree.getItem(0).getItem(0).getText(3))
                        && "Signed".equals(tree.getItem(0).getItem(1).getText(3)) ? true : null;
            }));
            Workbench.executeOnRecord(display, record, "atlas.patients.command.discharge");
            Shell again = Workbench.dialog(display, "dialog.discharge");
            choose(again, DischargeReason.GOALS_MET);
            waitFor("the discharge allowed without words: the discharge note is signed", () -> onUi(display,
                    () -> ((Button) require(again, "dialog.save")).isEnabled() ? true : null));
            Workbench.press(again, "dialog.save");
            // the discharge summary is written at once, addressed and with the narrative, as a report is
            Shell letter = Workbench.dialog(display, "dialog.reportLetter");
            Workbench.press(letter, "dialog.print");
            Shell done = Workbench.dialogTitled(display, "Report");
            Workbench.pressLabelled(done, "OK");
            EpisodeOfCare discharged = episodes.episodesOf(patient.getId()).get(0);
            assertEquals(EpisodeStatus.DISCHARGED, discharged.getStatus());
            assertEquals(LocalDate.now(), discharged.getEndDate());
            assertEquals(DischargeReason.GOALS_MET, discharged.getDischargeReason());
            assertEquals(List.of(DocumentKind.DISCHARGE_SUMMARY), Workbench.service(PatientDocumentService.class)
                    .documentsOf(patient.getId()).stream().map(each -> each.getKind()).toList(),
                    "kept in the record");
            String ended = "(discharged " + atlas.core.dates.ClinicDates.forPlatform().date(LocalDate.now())
                    + ", goals met)";
            waitFor("the episode shown as discharged", () -> onUi(display, () -> ((org.eclipse.swt.widgets.Tree)
                    require(record, "record.timeline")).getItem(0).getText(0).endsWith(ended) ? true : null));

            Workbench.executeOnRecord(display, record, "atlas.patients.command.reopen");
            Shell reopen = Workbench.dialog(display, "dialog.reopen");
            assertEquals(false, onUi(display, () -> ((Button) require(reopen, "dialog.save")).isEnabled()),
                    "a reason is needed");
            Keys.typeInto(display, onUi(display, () -> require(reopen, "reopen.reason")),
                    "New flare-up within four weeks.");
            waitFor("the reason given", () -> onUi(display, () -> ((Button) require(reopen, "dialog.save"))
                    .isEnabled() ? true : null));
            Workbench.press(reopen, "dialog.save");
            waitFor("the episode open again", () -> {
                try {
                    return episodes.episodesOf(patient.getId()).get(0).isActive() ? true : null;
                } catch (Exception e) {
                    return null;
                }
            });
        } finally {
            Workbench.closeDialogs(main);
            atlas.ui.HandOut.empty();
            Workbench.closeRecords();
        }
    }

    private static ClinicalNote note(ClinicalNoteService notes, Patient patient, Visit visit) throws Exception {
        ClinicalNote note = new ClinicalNote(patient.getId(), visit.getId(), null);
        note.setAssessment("Neck pain settled; headaches down to one a month.");
        return notes.saveDraft(note);
    }

    private static void choose(Shell dialog, DischargeReason reason) {
        dialog.getDisplay().syncExec(() -> {
            Combo reasons = (Combo) require(dialog, "discharge.reason");
            reasons.select(reason.ordinal());
            reasons.notifyListeners(SWT.Selection, new Event());
        });
    }
}
