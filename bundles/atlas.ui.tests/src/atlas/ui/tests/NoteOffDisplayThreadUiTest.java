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
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
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

/**
 * The record part never waits for the store on the display thread: choosing another visit (the
 * typed note written first), choosing back, signing and an addendum's dialog all reach the note
 * service from background work only. The part is given a note service that records the thread of
 * every call (ThreadWatch), so a call on the display thread is caught where it happens.
 */
class NoteOffDisplayThreadUiTest {

    @Test
    void choosingVisitsAndSigningNeverCallTheStoreOnTheDisplayThread() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        ClinicalNoteService real = Workbench.service(ClinicalNoteService.class);
        ThreadWatch<ClinicalNoteService> watch = ThreadWatch.of(ClinicalNoteService.class);
        try {
            String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            Patient patient = Workbench.service(PatientService.class).register(new Patient("THR-" + run, "Faden",
                    "Fritz", LocalDate.of(1977, 7, 7), Sex.MALE));
            EpisodeService episodes = Workbench.service(EpisodeService.class);
            EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
            episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M54.2", "Cervicalgia"))));
            episode = episodes.start(episode);
            List<Long> visits = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                        LocalDateTime.now().minusDays(2 - i).withNano(0), null, VisitType.DAILY));
                visits.add(visit.getId());
                ClinicalNote draft = new ClinicalNote(patient.getId(), visit.getId(), null);
                draft.setPlan("Plan of visit " + (i + 1));
                real.saveDraft(draft);
            }
            Workbench.executeLater(display, "atlas.patients.command.openRecord",
                    Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
            Composite record = Workbench.record(display, "Faden, Fritz");

            choose(display, record, 0, "Plan of visit 1");
            display.syncExec(() -> ((Text) require(record, "note.assessment")).setText("Typed, then left at once"));
            choose(display, record, 1, "Plan of visit 2");
            assertEquals("Typed, then left at once", real.noteOfVisit(visits.get(0)).orElseThrow().getAssessment(),
                    "the note left was written before the next was shown");
            choose(display, record, 0, "Plan of visit 1");
            assertEquals("Typed, then left at once", onUi(display, () -> ((Text) require(record, "note.assessment"))
                    .getText()));

            Workbench.executeOnRecord(display, record, "atlas.patients.command.signNote");
            Shell signature = Workbench.dialog(display, "dialog.signature");
            Workbench.type(signature, "signature.password", Workbench.DEMO_PASSWORD);
            Workbench.press(signature, "signature.ok");
            waitFor("the signed note", () -> onUi(display, () ->
                    ((Label) require(record, "note.state")).getText().startsWith("Signed by") ? true : null));
            assertTrue(real.noteOfVisit(visits.get(0)).orElseThrow().isSigned());

            // a dialog's save is written in the background too
            Workbench.executeOnRecord(display, record, "atlas.patients.command.addAddendum");
            Shell addendum = Workbench.dialog(display, "dialog.addendum");
            Workbench.type(addendum, "addendum.text", "Correction: FRT left 44 deg, not 40.");
            Workbench.press(addendum, "dialog.save");
            waitFor("the addendum shown", () -> onUi(display, () -> ((Text) require(record, "note.addenda")).getText()
                    .contains("FRT left 44 deg") ? true : null));

            assertTrue(watch.calls.containsAll(List.of("saveDraft", "noteOfVisit", "sign", "addAddendum", "addendaOf")),
                    "the part used the watched service: " + watch.calls);
            assertEquals(List.of(), watch.onDisplay, "note service calls on the display thread");
        } finally {
            watch.close();
            Workbench.closeRecords();
        }
    }

    @Test
    void signingInChecksThePasswordAndFindsTheClinicianOffTheDisplayThread() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        try (ThreadWatch<atlas.core.security.UserService> users = ThreadWatch.of(atlas.core.security.UserService.class);
                ThreadWatch<atlas.core.clinician.ClinicianService> clinicians = ThreadWatch.of(
                        atlas.core.clinician.ClinicianService.class)) {
            Workbench.switchUser(display, Workbench.THERAPIST);
            assertTrue(users.calls.contains("signIn"), "the sign-in used the watched service: " + users.calls);
            assertTrue(clinicians.calls.contains("findByUsername") || clinicians.calls.contains("list"),
                    "the clinician looked up through the watched service: " + clinicians.calls);
            assertEquals(List.of(), users.onDisplay, "user service calls on the display thread");
            assertEquals(List.of(), clinicians.onDisplay, "clinician service calls on the display thread");
            assertTrue(Workbench.application().getContext().get(atlas.ui.AtlasContext.CLINICIAN)
                    instanceof atlas.core.clinician.Clinician, "the therapist documents as a clinician");
        }
    }

    /** Chooses the episode's visit at {@code index} as a click does and waits for its note. */
    private static void choose(Display display, Composite record, int index, String plan) throws Exception {
        waitFor("visit " + (index + 1) + " shown", () -> onUi(display, () -> {
            Tree tree = (Tree) require(record, "record.timeline");
            if (tree.getItemCount() == 0 || tree.getItem(0).getItemCount() <= index) {
                return null;
            }
            if (tree.getSelectionCount() != 1 || tree.getSelection()[0] != tree.getItem(0).getItem(index)) {
                tree.setSelection(tree.getItem(0).getItem(index));
                tree.notifyListeners(SWT.Selection, new Event());
            }
            return ((Text) require(record, "note.plan")).getText().equals(plan) ? true : null;
        }));
    }
}
