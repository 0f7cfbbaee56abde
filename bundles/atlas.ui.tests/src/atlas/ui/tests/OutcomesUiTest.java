package atlas.ui.tests;

import static atlas.ui.tests.Workbench.find;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.press;
import static atlas.ui.tests.Workbench.type;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.diary.MedicationClass;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.EpisodeStatus;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.plan.Goal;
import atlas.core.plan.GoalTerm;
import atlas.core.plan.PlanOfCare;
import atlas.core.plan.PlanOfCareService;

/**
 * A patient's outcome charts in the real workbench: they draw (pixels of several colours on
 * screen), show the goal, follow a newly saved result, and print a progress report read back
 * from the PDF; the clinic's responder rates count a discharged episode.
 */
class OutcomesUiTest {

    private static final String OUTCOMES_PART = "atlas.outcomes.partdescriptor.patient";

    @Test
    void chartsDrawFollowNewResultsAndPrintAReport() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("OUT-" + run, "Olsen", "Otto",
                LocalDate.of(1969, 3, 3), Sex.MALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        LocalDate start = LocalDate.now().minusWeeks(8);
        // an earlier course of care, discharged: its result is history, not this episode's
        EpisodeOfCare earlier = new EpisodeOfCare(patient.getId(), start.minusYears(1).minusDays(5), "GP",
                start.minusYears(1));
        earlier.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("G44.2", "Tension-type headache"))));
        earlier = episodes.start(earlier);
        Workbench.submitNdi(episodes.addVisit(new Visit(patient.getId(), earlier.getId(),
                start.minusYears(1).atTime(10, 0), null, VisitType.INITIAL_EVALUATION)), 30);
        episodes.discharge(earlier.getId(), new atlas.core.episode.Discharge(start.minusYears(1).plusWeeks(6),
                atlas.core.episode.DischargeReason.GOALS_MET, "Goals met after six weeks."));
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), start.minusDays(5), "GP", start);
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("M53.0", "Cervicocranial syndrome"))));
        episode = episodes.start(episode);
        double[] ndi = { 26, 22, 19 };
        for (int i = 0; i < ndi.length; i++) {
            LocalDateTime at = start.plusWeeks(3L * i).atTime(10, 0);
            Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(), at, null,
                    i == 0 ? VisitType.INITIAL_EVALUATION : VisitType.DAILY));
            Workbench.submitNdi(visit, (int) ndi[i]);
            Workbench.submit(visit, "atlas.neckExam", "frt.left", Integer.toString(22 + 5 * i), "frt.right", "40");
        }
        PlanOfCareService plans = Workbench.service(PlanOfCareService.class);
        PlanOfCare plan = plans.createDraft(new PlanOfCare(patient.getId(), episode.getId(), 1, null));
        plans.addGoal(new Goal(plan.getId(), GoalTerm.SHORT, "ndi", 26.0, 20.5, LocalDate.now().plusWeeks(2)));
        plans.sign(plan.getId(), 0);
        List<HeadacheDiaryEntry> diary = new ArrayList<>();
        for (int day = 1; day <= 50; day += 5) {
            HeadacheDiaryEntry entry = new HeadacheDiaryEntry(patient.getId(), start.plusDays(day).atTime(7, 0), 240, 6);
            entry.setMedicationName("Sumatriptan 50 mg");
            entry.setMedicationClass(MedicationClass.TRIPTAN);
            diary.add(entry);
        }
        Workbench.service(HeadacheDiaryService.class).recordAll(diary);

        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, "Olsen, Otto");
        Workbench.executeOnRecord(display, record, "atlas.outcomes.command.patient");
        Composite outcomes = waitFor("the outcomes part", () -> onUi(display, () -> outcomesPart(patient)));
        Canvas ndiChart = waitFor("the NDI chart", () -> onUi(display, () -> find(outcomes, "chart.ndi") instanceof Canvas c
                ? c : null));
        assertTrue(onUi(display, () -> find(outcomes, "chart.diary") != null), "the diary chart");
        Canvas frt = waitFor("the FRT chart", () -> onUi(display, () -> find(outcomes, "chart.frt") instanceof Canvas c
                ? c : null));
        assertEquals(3, onUi(display, () -> chartOf(frt).getXYPlot().getDataset().getSeriesCount()),
                "the restricted side with left and right in one chart");
        assertTrue(onUi(display, () -> find(outcomes, "chart.flexion-rotation-test") == null), "not drawn twice");
        int colours = waitFor("the NDI chart drawn", () -> onUi(display, () -> {
            int seen = coloursOn(ndiChart);
            return seen > 8 ? seen : null; // bands, lines, points and text, not an empty canvas
        }));
        assertTrue(colours > 8, "colours on screen: " + colours);
        assertEquals(3, onUi(display, () -> chartOf(ndiChart).getXYPlot().getDataset().getItemCount(0)),
                "the charts open on the current episode");
        // the whole history is a choice: the earlier episode's result joins, and leaves again
        display.syncExec(() -> {
            org.eclipse.swt.widgets.Button whole = (org.eclipse.swt.widgets.Button) find(outcomes, "outcomes.wholeHistory");
            whole.setSelection(true);
            whole.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        // 4 results; a gap of more than 90 days between courses of care adds an empty item breaking the line
        waitFor("the whole history", () -> onUi(display, () -> find(outcomes, "chart.ndi") instanceof Canvas c
                && !c.isDisposed() && results(chartOf(c)) == 4 ? true : null));
        display.syncExec(() -> {
            org.eclipse.swt.widgets.Button whole = (org.eclipse.swt.widgets.Button) find(outcomes, "outcomes.wholeHistory");
            whole.setSelection(false);
            whole.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        waitFor("the current episode again", () -> onUi(display, () -> find(outcomes, "chart.ndi")
                instanceof Canvas c && !c.isDisposed() && chartOf(c).getXYPlot().getDataset().getItemCount(0) == 3 ? true
                        : null));
        assertTrue(onUi(display, () -> ((Label) find(outcomes, "outcomes.heading")).getText()).startsWith("Olsen, Otto"));

        // a new result is saved at today's visit: the chart follows
        Visit today = episodes.addVisit(new Visit(patient.getId(), episode.getId(), LocalDateTime.now().withNano(0), null,
                VisitType.DAILY));
        Workbench.submitNdi(today, 16);
        Workbench.application().getContext().get(IEventBroker.class).post("atlas/record/changed", patient.getId());
        waitFor("the new NDI point", () -> onUi(display, () -> {
            Canvas chart = (Canvas) find(outcomes, "chart.ndi");
            return chart != null && !chart.isDisposed() && chartOf(chart).getXYPlot().getDataset().getItemCount(0) == 4
                    ? true : null;
        }));

        // the progress report, read back from the PDF
        Workbench.Printed report = Workbench.progressReport(outcomes, "Dr. A. Berger, Praxis am Markt",
                "NDI down from 24 to 16; driving again without neck pain.");
        Path pdf = report.file();
        assertTrue(report.pages() >= 2, "measures and charts take more than a page");
        for (String expected : List.of("Progress report", "To: Dr. A. Berger, Praxis am Markt", "Olsen, Otto",
                "M53.0 Cervicocranial syndrome", "Assessment", "NDI down from 24 to 16; driving again without neck pain.",
                "Neck Disability Index", "improved (MCID 5.5)", "met", "Signed: ")) {
            assertTrue(report.text().contains(expected), expected + " in: " + report.text());
        }
        // issue 14, finding 6: kept in the record; once the plain copy is gone (sign-out, close, the
        // start after a crash), the patient's name is readable nowhere in the data folder
        List<atlas.core.document.PatientDocument> kept = Workbench.service(atlas.core.document.PatientDocumentService.class)
                .documentsOf(patient.getId());
        assertEquals(atlas.core.document.DocumentKind.PROGRESS_REPORT, kept.get(0).getKind());
        assertTrue(new String(kept.get(0).getContent(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(pdf.startsWith(Path.of(System.getProperty("atlas.data"), "open")), pdf.toString());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        atlas.ui.HandOut.empty();
        assertTrue(!Files.exists(pdf), "the plain copy is gone");
        assertEquals(List.of(), Workbench.filesHolding(Path.of(System.getProperty("atlas.data")), "Olsen"),
                "files of the data folder holding the patient's name");

        // the clinic's responder rates count the episode once it is discharged
        long current = episode.getId();
        EpisodeOfCare discharged = episodes.episodesOf(patient.getId()).stream().filter(e -> e.getId() == current)
                .findFirst().orElseThrow();
        episodes.discharge(discharged.getId(), new atlas.core.episode.Discharge(LocalDate.now(),
                atlas.core.episode.DischargeReason.GOALS_MET, "Goals met."));
        Workbench.executeLater(display, "atlas.outcomes.command.clinic", null);
        Composite clinic = waitFor("the clinic part", () -> onUi(display, () -> Workbench.partWidget("atlas.outcomes.partdescriptor.clinic")));
        type(clinic, "clinic.diagnosis", "M53.0");
        press(clinic, "clinic.show");
        String ndiRow = waitFor("the NDI responder rate", () -> onUi(display, () -> {
            Table rates = (Table) find(clinic, "clinic.rates");
            for (int row = 0; row < rates.getItemCount(); row++) {
                if (rates.getItem(row).getText(0).equals("Neck Disability Index")) {
                    return rates.getItem(row).getText(1) + "|" + rates.getItem(row).getText(3);
                }
            }
            return null;
        }));
        assertTrue(Integer.parseInt(ndiRow.split("\\|")[0]) >= 1, ndiRow);
        assertTrue(onUi(display, () -> find(clinic, "chart.responder-rates") != null), "the responder chart");
        Workbench.closeParts(display, "atlas.outcomes.");
        Workbench.closeRecords();
    }

    @Test
    void aDemoPatientsChartsDrawAndADischargeSummaryPrintsFromAVisit() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Patient demo = waitFor("the demo clinic", () -> {
            try {
                return Workbench.service(PatientService.class).findByRecordNumber("DEMO-000001").orElse(null);
            } catch (Exception e) {
                return null;
            }
        });
        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(demo.getId())));
        Composite record = Workbench.record(display, demo.displayName());

        // from the first visit of the current episode: results up to that visit only
        waitFor("the visit chosen", () -> onUi(display, () -> {
            org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) find(record, "record.timeline");
            if (tree == null || tree.getItemCount() == 0 || tree.getItem(0).getItemCount() == 0) {
                return null;
            }
            tree.setSelection(tree.getItem(0).getItem(0));
            tree.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            return true;
        }));
        Workbench.executeOnRecord(display, record, "atlas.outcomes.command.dischargeSummary");
        Shell letter = Workbench.dialog(display, "dialog.reportLetter");
        String proposed = onUi(display, () -> ((org.eclipse.swt.widgets.Text) Workbench.require(letter,
                "letter.narrative")).getText());
        assertTrue(!proposed.isBlank(), "the narrative proposed from the demo's signed notes");
        Workbench.press(letter, "dialog.print"); // as proposed
        Shell done = Workbench.dialogTitled(display, "Report");
        String saved = onUi(display, () -> Workbench.labels(done).stream().filter(text -> text.startsWith(Workbench.SHOWN_FROM))
                .findFirst().orElse(""));
        Workbench.pressLabelled(done, "OK");
        assertTrue(saved.startsWith(Workbench.SHOWN_FROM), saved);
        PdfReader reader = new PdfReader(Files.readAllBytes(Workbench.shownFrom(saved)));
        try {
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            for (String expected : List.of("Discharge summary", demo.displayName(), "Results up to the visit of",
                    "initial evaluation", "Outcome measures")) {
                assertTrue(page.contains(expected), expected + " in: " + page);
            }
        } finally {
            reader.close();
        }

        Workbench.executeOnRecord(display, record, "atlas.outcomes.command.patient");
        Composite outcomes = waitFor("the demo patient's charts", () -> onUi(display, () -> outcomesPart(demo)));
        Canvas ndiChart = waitFor("the NDI chart", () -> onUi(display, () -> find(outcomes, "chart.ndi") instanceof Canvas c
                ? c : null));
        waitFor("the NDI chart drawn", () -> onUi(display, () -> coloursOn(ndiChart) > 8 ? true : null));
        display.syncExec(() -> {
            org.eclipse.swt.widgets.Button whole = (org.eclipse.swt.widgets.Button) find(outcomes, "outcomes.wholeHistory");
            whole.setSelection(true);
            whole.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        waitFor("the demo's NDI results, a year back and now", () -> onUi(display, () -> find(outcomes, "chart.ndi")
                instanceof Canvas c && !c.isDisposed() && results(chartOf(c)) >= 4 ? true : null));
        Workbench.closeParts(display, "atlas.outcomes.");
        Workbench.closeRecords();
    }

    static Composite outcomesPart(Patient patient) {
        for (MPart part : Workbench.partsNow().getParts()) {
            if (OUTCOMES_PART.equals(part.getElementId())
                    && Long.toString(patient.getId()).equals(part.getPersistedState().get("atlas.outcomes.patientId"))
                    && part.getWidget() instanceof Composite widget && !widget.isDisposed()) {
                return widget;
            }
        }
        return null;
    }

    private static JFreeChart chartOf(Canvas canvas) {
        return (JFreeChart) canvas.getData("chart");
    }

    /** How many different colours the canvas shows on screen now. */
    private static int coloursOn(Canvas canvas) {
        if (canvas.isDisposed() || canvas.getSize().x < 10 || canvas.getSize().y < 10) {
            return 0;
        }
        Image copy = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(copy, 0, 0);
            ImageData data = copy.getImageData();
            Set<Integer> seen = new HashSet<>();
            for (int y = 0; y < data.height; y += 3) {
                for (int x = 0; x < data.width; x += 3) {
                    seen.add(data.getPixel(x, y));
                }
            }
            return seen.size();
        } finally {
            gc.dispose();
            copy.dispose();
        }
    }

    /** The results a chart's first series shows (the empty items breaking the line not counted). */
    private static int results(org.jfree.chart.JFreeChart chart) {
        org.jfree.data.xy.XYDataset data = chart.getXYPlot().getDataset();
        int results = 0;
        for (int item = 0; item < data.getItemCount(0); item++) {
            results += data.getY(0, item) == null ? 0 : 1;
        }
        return results;
    }
}
