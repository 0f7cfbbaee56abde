package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.executeLater;
import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.press;
import static atlas.ui.tests.Workbench.pressLater;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.redflag.RedFlagService;
import atlas.ui.ValidatedDialog;

/**
 * The therapist's day with one new patient, on the real workbench: register (bad input refused),
 * find by typing, open, start an episode, add an initial evaluation, write and sign the note (then
 * it can no longer be edited), add an addendum, and see a red flag on the banner until it is
 * acknowledged. Each step is checked on screen and in the store.
 */
class PatientRecordFlowUiTest {

    /** Unique per run, so the test also passes on a data folder kept from an earlier run. */
    private final String recordNumber = "FLOW-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @Test
    void registerFindOpenDocumentSignAndClearARedFlag() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        PatientService patients = Workbench.service(PatientService.class);
        Workbench.databaseReady();
        Workbench.closeRecords();

        // Register: bad input is named at its field and keeps Register disabled.
        executeLater(display, "atlas.patients.command.register", null);
        Shell register = dialog(display, "dialog.registerPatient");
        type(register, "register.recordNumber", "DEMO-000001");
        type(register, "register.familyName", "Quist");
        type(register, "register.givenName", "Nora");
        type(register, "register.dateOfBirth", "1984-03-09");
        onUi(display, () -> {
            ((Combo) require(register, "register.sex")).select(0);
            require(register, "register.sex").notifyListeners(SWT.Selection, new Event());
            return null;
        });
        String refused = waitFor("the duplicate record number named", () -> onUi(display, () -> {
            String message = errorMessageOf(register);
            return message != null && message.contains("DEMO-000001") ? message : null;
        }));
        assertTrue(refused.startsWith("Record number:"), refused);
        assertFalse(saveEnabled(register), "Register stays disabled while a field is invalid");
        type(register, "register.recordNumber", recordNumber);
        type(register, "register.dateOfBirth", "2999-01-01");
        String dateError = waitFor("the date of birth named", () -> onUi(display, () -> {
            String message = errorMessageOf(register);
            return message != null && message.startsWith("Date of birth") ? message : null;
        }));
        assertTrue(dateError.contains("is after"), dateError);
        assertFalse(saveEnabled(register));
        type(register, "register.dateOfBirth", "1984-03-09");
        waitFor("Register enabled", () -> onUi(display, () -> saveEnabled(register) ? true : null));
        press(register, "dialog.save");
        Patient nora = waitFor("the patient in the store",
                () -> call(() -> patients.findByRecordNumber(recordNumber).orElse(null)));
        assertEquals("Quist, Nora", nora.displayName());
        Workbench.record(display, "Quist, Nora"); // registering opens the new record
        Workbench.closeRecords();

        // Find her by typing part of the name, and open her record from the list.
        type(main, "patients.search", "quis");
        int row = waitFor("Quist in the list", () -> onUi(display, () -> {
            Table table = (Table) find(main, "patients.table");
            for (int i = 0; i < table.getItemCount(); i++) {
                if (!table.getItem(i).getText(1).startsWith("Quist")) {
                    return null; // the list still shows an earlier search
                }
                if (table.getItem(i).getText(0).equals(recordNumber)) {
                    return i;
                }
            }
            return null;
        }));
        display.syncExec(() -> {
            Table table = (Table) find(main, "patients.table");
            table.setSelection(row);
            table.notifyListeners(SWT.DefaultSelection, new Event());
        });
        Composite record = Workbench.record(display, "Quist, Nora");
        assertTrue(onUi(display, () -> ((Label) require(record, "banner.episode")).getText())
                .startsWith("No active episode"));

        // Start an episode with a common diagnosis.
        Workbench.executeOnRecord(display, record, "atlas.patients.command.startEpisode");
        Shell episode = dialog(display, "dialog.startEpisode");
        onUi(display, () -> {
            Combo common = (Combo) require(episode, "episode.common");
            common.select(0);
            common.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        press(episode, "dialog.save");
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare started = waitFor("the episode", () -> call(() -> episodes.episodesOf(nora.getId()).stream()
                .findFirst().orElse(null)));
        assertEquals("G43.0", started.getDiagnoses().get(0).getCode());
        waitFor("the episode on the banner", () -> onUi(display, () ->
                ((Label) require(record, "banner.episode")).getText().contains("G43.0") ? true : null));

        // Add an initial evaluation; its note editor opens.
        Workbench.executeOnRecord(display, record, "atlas.patients.command.addVisit");
        Shell visit = dialog(display, "dialog.addVisit");
        assertEquals("Initial evaluation", onUi(display, () -> ((Combo) require(visit, "visit.type")).getText()),
                "the first visit of an episode is proposed as the initial evaluation");
        pressLater(visit, "dialog.save");
        // the episode has no red-flag screening yet: the record proposes one, done here, all negative
        Shell proposal = Workbench.dialogTitled(display, "Red-flag screening");
        assertTrue(onUi(display, () -> String.join(" ", Workbench.labels(proposal)))
                .contains("This episode has no red-flag screening yet"));
        Workbench.pressLabelled(proposal, "&Screen now");
        Shell firstScreening = dialog(display, "dialog.intakeScreening");
        pressLater(firstScreening, "dialog.save");
        waitFor("the visit in the timeline", () -> onUi(display, () -> {
            Tree tree = (Tree) require(record, "record.timeline");
            return tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 1
                    && tree.getItem(0).getItem(0).getText(1).equals("Initial evaluation") ? true : null;
        }));

        // Write: the draft saves itself.
        waitFor("the note editor", () -> onUi(display, () -> ((Text) require(record, "note.subjective")).getEditable()
                ? true : null));
        type(record, "note.subjective", "Right-sided headache after screen work, 3 days a week.");
        type(record, "note.objective", "FRT right 24 deg, left 40 deg.");
        ClinicalNoteService notes = Workbench.service(ClinicalNoteService.class);
        long visitId = episodes.visitsOf(started.getId()).get(0).getId();
        ClinicalNote draft = waitFor("the autosaved draft", () -> call(() -> notes.noteOfVisit(visitId)
                .filter(note -> "FRT right 24 deg, left 40 deg.".equals(note.getObjective())).orElse(null)));
        assertFalse(draft.isSigned());
        waitFor("Draft saved shown", () -> onUi(display, () ->
                ((Label) require(record, "note.state")).getText().startsWith("Draft saved") ? true : null));

        // Sign: afterwards the note is read-only and names who signed.
        Workbench.executeOnRecord(display, record, "atlas.patients.command.signNote");
        Shell signature = Workbench.dialog(display, "dialog.signature");
        Workbench.type(signature, "signature.password", "not my password");
        Workbench.press(signature, "signature.ok");
        Workbench.idle(signature); // the password is checked in the background
        assertEquals("The user name or the password is wrong.",
                onUi(display, () -> ((Label) require(signature, "signature.message")).getText()), "signing needs the password");
        Workbench.type(signature, "signature.password", Workbench.DEMO_PASSWORD);
        Workbench.press(signature, "signature.ok");
        waitFor("the signed note", () -> onUi(display, () ->
                ((Label) require(record, "note.state")).getText().startsWith("Signed by") ? true : null));
        assertFalse(onUi(display, () -> ((Text) require(record, "note.objective")).getEditable()),
                "a signed note can no longer be edited");
        assertTrue(notes.noteOfVisit(visitId).orElseThrow().isSigned());
        waitFor("the timeline showing the note signed", () -> onUi(display, () ->
                "Signed".equals(firstVisit(record).getText(3)) ? true : null)); // it reloads in the background

        // An addendum corrects it; the original stays as signed.
        Workbench.executeOnRecord(display, record, "atlas.patients.command.addAddendum");
        Shell addendum = dialog(display, "dialog.addendum");
        assertFalse(saveEnabled(addendum), "an empty addendum cannot be saved");
        type(addendum, "addendum.text", "FRT left was 44 deg, not 40.");
        press(addendum, "dialog.save");
        waitFor("the addendum shown", () -> onUi(display, () ->
                ((Text) require(record, "note.addenda")).getText().contains("FRT left was 44 deg") ? true : null));
        assertEquals("FRT right 24 deg, left 40 deg.", notes.noteOfVisit(visitId).orElseThrow().getObjective());

        // A positive red flag shows on the banner until a clinician acknowledges it with a note.
        Workbench.executeOnRecord(display, record, "atlas.patients.command.screenRedFlags");
        Shell intake = dialog(display, "dialog.intakeScreening");
        press(intake, "intake.cad_dizziness");
        press(intake, "dialog.save");
        String flag = waitFor("the red flag on the banner", () -> onUi(display, () -> {
            Composite strip = (Composite) require(record, "banner.redFlags");
            return strip.isVisible() ? ((Label) require(strip, "banner.redFlags.text")).getText() : null;
        }));
        assertEquals("Red flag: Dizziness", flag);
        RedFlagService redFlags = Workbench.service(RedFlagService.class);
        assertEquals(1, redFlags.openFlags(nora.getId()).size());
        pressLater(record, "banner.redFlags.acknowledge");
        Shell acknowledge = dialog(display, "dialog.acknowledgeRedFlag");
        assertFalse(saveEnabled(acknowledge), "an acknowledgement needs a note");
        type(acknowledge, "acknowledge.note", "Referred to GP; cleared for treatment.");
        press(acknowledge, "dialog.save");
        waitFor("the banner without the flag", () -> onUi(display, () ->
                ((Composite) require(record, "banner.redFlags")).isVisible() ? null : true));
        assertEquals(List.of(), redFlags.openFlags(nora.getId()));

        // the acknowledged flag stays part of the record: a quiet line that opens the screening history
        String kept = waitFor("the acknowledged line", () -> onUi(display, () -> {
            Link line = (Link) require(record, "banner.redFlags.acknowledged");
            return line.isVisible() ? line.getText() : null;
        }));
        assertTrue(kept.startsWith("1 red flag acknowledged: Dizziness, by Maria Lehmann, PT, on "), kept);
        display.asyncExec(() -> require(record, "banner.redFlags.acknowledged").notifyListeners(SWT.Selection, new Event()));
        Shell history = dialog(display, "dialog.screeningHistory");
        List<String> rows = onUi(display, () -> java.util.Arrays.stream(((org.eclipse.swt.widgets.Table) require(history,
                "screeningHistory.table")).getItems()).map(item -> item.getText(2) + " | " + item.getText(3)).toList());
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("Dizziness | by Maria Lehmann, PT on "), rows.toString());
        assertEquals("What was done: Referred to GP; cleared for treatment.",
                onUi(display, () -> ((Text) require(history, "screeningHistory.details")).getText()));
        assertEquals("none | ", rows.get(1), "the first, negative screening");
        press(history, "dialog.close");
        Workbench.closeRecords();
        type(main, "patients.search", "");
    }

    private static TreeItem firstVisit(Composite record) {
        return ((Tree) require(record, "record.timeline")).getItem(0).getItem(0);
    }

    private static boolean saveEnabled(Shell dialog) {
        return onUi(dialog.getDisplay(), () -> ((Button) require(dialog, "dialog.save")).isEnabled());
    }

    /** The error the dialog shows in its title area, or null. */
    private static String errorMessageOf(Shell dialog) {
        return (String) dialog.getData(ValidatedDialog.SHOWN_ERROR);
    }

    /** A store read inside a poll: null while it fails. */
    private static <T> T call(java.util.concurrent.Callable<T> read) {
        try {
            return read.call();
        } catch (Exception e) {
            return null;
        }
    }
}
