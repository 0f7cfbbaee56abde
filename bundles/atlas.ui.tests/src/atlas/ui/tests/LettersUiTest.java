package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocument;
import atlas.core.document.PatientDocumentService;
import atlas.core.episode.Discharge;
import atlas.core.episode.DischargeReason;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.referrer.Referrer;
import atlas.core.referrer.ReferrerService;

/**
 * Issue 18, the letters to the referrer in the window: Outcomes > Evaluation Letter to Referrer
 * proposes the referrer's address block from the clinic's directory and the evaluation's findings
 * (whichever visit is chosen), the therapist types the assessment, and the printed letter is kept
 * in the record; after the discharge, Outcomes > Discharge Letter to Referrer tells the course and
 * is kept too.
 */
class LettersUiTest {

    @Test
    void theTherapistWritesTheEvaluationAndTheDischargeLetterToTheReferrer() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Referrer sommer = new Referrer("Dr. med. Lea Sommer " + run, "Neurology", "Praxis Seeblick");
        sommer.setContact(new ContactDetails("+41 44 000 00 00", null, "Bahnhofstrasse 1, 8001 Zurich"));
        sommer = Workbench.service(ReferrerService.class).save(sommer);
        Patient patient = Workbench.service(PatientService.class).register(new Patient("LET-" + run, "Brief", "Berta",
                LocalDate.of(1975, 4, 4), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        ClinicalNoteService notes = Workbench.service(ClinicalNoteService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now().minusWeeks(7), sommer.shown(),
                LocalDate.now().minusWeeks(6));
        episode.setReferralDiagnosis("Cervicogenic headache");
        episode = episodes.start(episode);
        Visit evaluation = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                LocalDateTime.now().minusWeeks(6).withNano(0), null, VisitType.INITIAL_EVALUATION));
        sign(notes, patient, evaluation, "Daily headache since a fall.", "Flexion-rotation test 22 degrees left.",
                "Cervicogenic contribution likely.");
        Visit discharge = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                LocalDateTime.now().minusHours(2).withNano(0), null, VisitType.DISCHARGE));
        sign(notes, patient, discharge, "Two headache days a month.", "Flexion-rotation test 36 degrees left.",
                "Goals met.");
        Composite record = Workbench.openAtFirstVisit(display, patient.getId(), "Brief, Berta");
        try {
            Workbench.executeOnRecord(display, record, "atlas.outcomes.command.evaluationLetter");
            Shell letter = Workbench.dialog(display, "dialog.reportLetter");
            assertEquals("Dr. med. Lea Sommer " + run + "\nNeurology\nPraxis Seeblick\nBahnhofstrasse 1\n8001 Zurich",
                    text(letter, "letter.addressee").replace("\r", ""), "addressed from the directory");
            assertEquals("History: Daily headache since a fall.\nExamination: Flexion-rotation test 22 degrees left.",
                    text(letter, "letter.findings").replace("\r", ""), "the evaluation's findings, not the discharge's");
            Keys.typeInto(display, onUi(display, () -> require(letter, "letter.narrative")),
                    "Treatment twice a week for six weeks.");
            Workbench.press(letter, "dialog.print");
            Workbench.pressLabelled(Workbench.dialogTitled(display, "Letter to the referrer"), "OK");
            String evaluationLetter = kept(patient, DocumentKind.EVALUATION_LETTER);
            for (String expected : List.of("Dr. med. Lea Sommer " + run, "Praxis Seeblick", "8001 Zurich",
                    "Physiotherapy: initial evaluation", "Dear colleague,", "Referred on", "Cervicogenic headache",
                    "No red-flag screening was recorded in this episode.", "Flexion-rotation test 22 degrees left.",
                    "Treatment twice a week for six weeks.", "Kind regards")) {
                assertTrue(evaluationLetter.contains(expected), expected + " in:\n" + evaluationLetter);
            }
            assertFalse(evaluationLetter.contains("36 degrees"), "what followed the evaluation is not in its letter");

            episodes.discharge(episode.getId(), new Discharge(LocalDate.now(), DischargeReason.GOALS_MET, ""));
            Workbench.executeOnRecord(display, record, "atlas.outcomes.command.dischargeLetter");
            Shell last = Workbench.dialog(display, "dialog.reportLetter");
            waitFor("the discharge's findings proposed", () -> onUi(display,
                    () -> text(last, "letter.findings").contains("36 degrees") ? true : null));
            Workbench.press(last, "dialog.print");
            Workbench.pressLabelled(Workbench.dialogTitled(display, "Letter to the referrer"), "OK");
            String dischargeLetter = kept(patient, DocumentKind.DISCHARGE_LETTER);
            for (String expected : List.of("Physiotherapy: discharge report", "Course of care",
                    "2 visits attended from", "goals met.", "Goals met.", "Flexion-rotation test 36 degrees left.")) {
                assertTrue(dischargeLetter.contains(expected), expected + " in:\n" + dischargeLetter);
            }
        } finally {
            Workbench.closeDialogs(main);
            atlas.ui.HandOut.empty();
            Workbench.closeRecords();
        }
    }

    private static String text(Shell dialog, String id) {
        return onUi(dialog.getDisplay(), () -> ((Text) require(dialog, id)).getText());
    }

    /** The text of the one document of {@code kind} kept in the patient's record. */
    private static String kept(Patient patient, DocumentKind kind) throws Exception {
        PatientDocumentService documents = Workbench.service(PatientDocumentService.class);
        List<PatientDocument> ofKind = waitFor("the " + kind + " kept", () -> {
            try {
                List<PatientDocument> found = documents.documentsOf(patient.getId()).stream()
                        .filter(each -> each.getKind() == kind).toList();
                return found.isEmpty() ? null : found;
            } catch (Exception e) {
                return null;
            }
        });
        assertEquals(1, ofKind.size());
        PdfReader reader = new PdfReader(ofKind.get(0).getContent());
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static void sign(ClinicalNoteService notes, Patient patient, Visit visit, String subjective,
            String objective, String assessment) throws Exception {
        ClinicalNote note = new ClinicalNote(patient.getId(), visit.getId(), null);
        note.setSubjective(subjective);
        note.setObjective(objective);
        note.setAssessment(assessment);
        notes.sign(notes.saveDraft(note).getId(), 0);
    }
}
