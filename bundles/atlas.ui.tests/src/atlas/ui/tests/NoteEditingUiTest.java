package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.press;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import atlas.ui.TextHistory;

/**
 * Editing a draft note like a desktop program: undo of unsaved typing, save now (the part's
 * {@code @Persist}), and a clear choice when another workstation saved the same note meanwhile,
 * never a silent overwrite.
 */
class NoteEditingUiTest {

    private static int patientsMade;
    /** Unique per run, so the test also passes on a data folder kept from an earlier run. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private Display display;
    private ClinicalNoteService notes;
    private Composite record;
    private long visitId;

    /** A patient with a visit whose draft note is open in the record part. */
    @BeforeEach
    void openADraft() throws Exception {
        Shell main = Workbench.mainShell();
        display = main.getDisplay();
        PatientService patients = Workbench.service(PatientService.class);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        notes = Workbench.service(ClinicalNoteService.class);
        Workbench.databaseReady();
        Workbench.closeRecords();
        Patient patient = patients.register(new Patient("E-" + RUN + "-" + (++patientsMade), "Eder", "Ines",
                LocalDate.of(1975, 6, 1), Sex.FEMALE));
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new java.util.ArrayList<>(List.of(Diagnosis.icd10("M54.2", "Cervicalgia"))));
        episode = episodes.start(episode);
        Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                LocalDateTime.now().withNano(0), null, VisitType.DAILY));
        visitId = visit.getId();
        ClinicalNote draft = new ClinicalNote(patient.getId(), visitId, null);
        draft.setPlan("Continue deep neck flexor training.");
        notes.saveDraft(draft);

        record = Workbench.openAtFirstVisit(display, patient.getId(), "Eder, Ines");
        waitFor("the visit's note shown", () -> onUi(display,
                () -> ((Text) require(record, "note.plan")).getText().startsWith("Continue") ? true : null));
    }

    @AfterEach
    void closeTheRecord() throws Exception {
        Workbench.closeRecords();
    }

    @Test
    void undoTakesBackTheLastWordAndSaveWritesAtOnce() throws Exception {
        display.syncExec(() -> {
            Text assessment = (Text) require(record, "note.assessment");
            assessment.setFocus();
            assessment.setText("Cervicogenic");
            assessment.setText("Cervicogenic component");
            TextHistory.ofFocused(display).orElseThrow().undo();
        });
        assertEquals("Cervicogenic", onUi(display, () -> ((Text) require(record, "note.assessment")).getText()));
        EPartService parts = Workbench.parts();
        MPart part = onUi(display, () -> parts.getParts().stream().filter(p -> p.getWidget() == record).findFirst()
                .orElseThrow());
        display.syncExec(() -> parts.savePart(part, false));
        assertEquals("Cervicogenic", notes.noteOfVisit(visitId).orElseThrow().getAssessment(),
                "File > Save writes the draft at once");
        assertTrue(!onUi(display, part::isDirty), "saved: no longer dirty");
    }

    @Test
    void aNoteSavedAtAnotherWorkstationIsNeverOverwrittenSilently() throws Exception {
        ClinicalNote theirs = notes.noteOfVisit(visitId).orElseThrow();
        theirs.setPlan("Add C1-C2 self-SNAG.");
        notes.saveDraft(theirs); // the other workstation saves first

        type(record, "note.plan", "Continue deep neck flexor training; review in 2 weeks.");
        Shell conflict = dialog(display, "dialog.noteConflict");
        assertEquals("Add C1-C2 self-SNAG.", onUi(display, () -> ((Text) require(conflict, "conflict.theirs.3")).getText()));
        assertEquals("Continue deep neck flexor training; review in 2 weeks.",
                onUi(display, () -> ((Text) require(conflict, "conflict.mine.3")).getText()));
        assertEquals("Add C1-C2 self-SNAG.", notes.noteOfVisit(visitId).orElseThrow().getPlan(),
                "nothing was overwritten while the user decides");

        press(conflict, "conflict.keepMine");
        waitFor("mine saved over theirs, by choice", () -> {
            try {
                String plan = notes.noteOfVisit(visitId).orElseThrow().getPlan();
                return plan.endsWith("review in 2 weeks.") ? plan : null;
            } catch (Exception e) {
                return null;
            }
        });

        ClinicalNote again = notes.noteOfVisit(visitId).orElseThrow();
        again.setPlan("Taper to one session a week.");
        notes.saveDraft(again);
        type(record, "note.plan", "Mine again");
        press(dialog(display, "dialog.noteConflict"), "conflict.useTheirs");
        waitFor("their version shown", () -> onUi(display, () ->
                ((Text) require(record, "note.plan")).getText().equals("Taper to one session a week.") ? true : null));
        assertEquals("Taper to one session a week.", notes.noteOfVisit(visitId).orElseThrow().getPlan());
    }
}
