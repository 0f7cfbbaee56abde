package atlas.ui.tests;

import static atlas.ui.tests.Workbench.dialog;
import static atlas.ui.tests.Workbench.onUi;
import static atlas.ui.tests.Workbench.require;
import static atlas.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;


import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;

/**
 * The example clinic plugin (ch.seeblick.atlas.forms) dropped into the running workbench, as a clinic
 * installs it: its form is offered, its intervention in the plan of care, its measure for goals;
 * its screen's scores are charted like a built-in measure, its own chart is drawn, and the progress
 * report carries the measure and its section - all through the plugin API (atlas.api) alone.
 */
class ClinicPluginUiTest {

    @Test
    void aClinicPluginDroppedWhileAtlasRunsReachesFormsPlansChartsAndReports() throws Exception {
        Path jar = exampleJar();
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Workbench.closeRecords();
        Path dropins = Files.createDirectories(Path.of(System.getProperty("atlas.dropins")));
        removeExamplePlugin(dropins); // left by an earlier run on a kept target folder
        waitFor("no clinic form yet", () -> formIds().stream().noneMatch(id -> id.startsWith("ch.seeblick")) ? true
                : null);

        Files.copy(jar, dropins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        waitFor("the clinic's form as a service", () -> formIds().contains("ch.seeblick.jawClenching") ? true : null);

        Composite record = FillFormUiTest.recordWithVisit(display, "Seeblick", "Sina");
        Workbench.executeOnRecord(display, record, "atlas.assessments.command.fillForm");
        Composite forms = Workbench.form(display, "Seeblick, Sina").editor();
        List<String> offered = onUi(display, () -> List.of(((Combo) require(forms, "form.chooser")).getItems()));
        assertTrue(offered.contains("Seeblick jaw-clenching screen"), offered.toString());
        assertTrue(offered.contains("Neck Disability Index (NDI)"), offered.toString());

        // the plugin's catalogue entry is offered in the plan of care
        Workbench.executeOnRecord(display, record, "atlas.plans.command.plan");
        Composite plan = Workbench.plan(display, "Seeblick, Sina").editor();
        List<String> catalogue = onUi(display, () -> List.of(((Combo) require(plan, "plan.intervention.code"))
                .getItems()));
        assertTrue(catalogue.contains("Seeblick jaw relaxation routine"), catalogue.toString());
        assertTrue(catalogue.contains("Cervical traction"), catalogue.toString());
        // ... and its measure for goals
        List<String> measures = onUi(display, () -> List.of(((Combo) require(plan, "plan.goal.measure")).getItems()));
        assertTrue(measures.contains("Seeblick jaw-clenching screen"), measures.toString());
        assertTrue(measures.contains("Neck Disability Index"), measures.toString());
        Workbench.closeRecords(); // the plan's tab with the record

        chartedAndReported(display);
    }

    /**
     * The clinic's screen, filled at two visits, is charted like a built-in measure (in its declared
     * bands), the plugin's own chart is drawn beside it, and the progress report has both the
     * measure and the plugin's section.
     */
    private static void chartedAndReported(Display display) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Patient patient = Workbench.service(PatientService.class).register(new Patient("CLE-" + run, "Kiefer",
                "Karla", LocalDate.of(1985, 5, 5), Sex.FEMALE));
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now().minusWeeks(4), "Dentist",
                LocalDate.now().minusWeeks(4));
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("K07.6", "Temporomandibular joint disorders"))));
        episode = episodes.start(episode);
        String[][] answers = { { "3", "1", "3", "3" }, { "1", "0", "2", "1" } }; // 10 points, then 4
        for (int i = 0; i < answers.length; i++) {
            Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(),
                    LocalDateTime.now().minusWeeks(3 - 2L * i).withNano(0), null,
                    i == 0 ? VisitType.INITIAL_EVALUATION : VisitType.DAILY));
            Workbench.submit(visit, "ch.seeblick.jawClenching", "clench.day", answers[i][0], "clench.night",
                    answers[i][1], "clench.stiffness", answers[i][2], "clench.headache", answers[i][3]);
        }
        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, "Kiefer, Karla");
        Workbench.executeOnRecord(display, record, "atlas.outcomes.command.patient");
        Composite outcomes = waitFor("the outcomes part", () -> onUi(display, () -> OutcomesUiTest.outcomesPart(
                patient)));
        Canvas measureChart = waitFor("the clinic measure's chart", () -> onUi(display, () -> Workbench.find(outcomes,
                "chart.seeblick.clenching") instanceof Canvas canvas ? canvas : null));
        JFreeChart chart = onUi(display, () -> (JFreeChart) measureChart.getData("chart"));
        assertEquals("Seeblick jaw-clenching screen", chart.getTitle().getText());
        assertEquals(2, chart.getXYPlot().getDataset().getItemCount(0));
        List<String> bands = onUi(display, () -> ((atlas.outcomes.chart.BandAxis) chart.getXYPlot().getRangeAxis(1))
                .bandNames());
        assertEquals(3, onUi(display, () -> chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND)
                .size()), "a shade per band");
        assertEquals(List.of("low", "moderate: add a jaw examination", "high: consider a dental referral"), bands,
                "the declared bands named beside the chart");
        assertTrue(onUi(display, () -> Workbench.find(outcomes, "chart.jaw-clenching-points-and-the-clinic-s-cut-offs")
                instanceof Canvas), "the plugin's own chart");

        String report = Workbench.progressReport(outcomes).text();
        for (String expected : List.of("Seeblick jaw-clenching screen", "Jaw-clenching screen (Physio Seeblick)",
                "dental assessment recommended", "no further assessment")) {
            assertTrue(report.contains(expected), expected + " in: " + report);
        }
        atlas.ui.HandOut.empty();
        Workbench.closeParts(display, "atlas.outcomes.");
        Workbench.closeRecords();
    }

    /**
     * Issue 21: two versions of one plugin never run side by side. Before, a 1.0.1 copied beside a
     * 1.0.0 ran both and offered their forms twice under one id. A newer version dropped beside the
     * running one replaces it; an older one is left out.
     */
    @Test
    void aNewerVersionOfAPluginReplacesTheRunningOneAndAnOlderOneIsLeftOut() throws Exception {
        Path jar = exampleJar();
        Workbench.databaseReady();
        Path dropins = Files.createDirectories(Path.of(System.getProperty("atlas.dropins")));
        removeExamplePlugin(dropins);
        try {
            Files.copy(jar, dropins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            waitFor("the plugin running", () -> examplePlugins().size() == 1 ? true : null);
            String first = examplePlugins().get(0);

            withVersion(jar, "9.9.9", dropins.resolve("ch.seeblick.atlas.forms-9.9.9.jar"));
            waitFor("the newer version running instead", () -> examplePlugins().equals(List.of("9.9.9")) ? true : null);
            waitFor("its form once", () -> formIds().stream().filter("ch.seeblick.jawClenching"::equals).count() == 1
                    ? true : null);

            withVersion(jar, "0.0.1", dropins.resolve("ch.seeblick.atlas.forms-0.0.1.jar"));
            Thread.sleep(3 * 2500); // three looks of the dropins watcher
            assertEquals(List.of("9.9.9"), examplePlugins(), "the older version is left out, not run beside");
            assertEquals(1, formIds().stream().filter("ch.seeblick.jawClenching"::equals).count(), formIds().toString());
            assertTrue(!first.equals("9.9.9"), first);
        } finally {
            removeExamplePlugin(dropins);
        }
    }

    /** The example plugin's jar as the build made it. */
    private static Path exampleJar() throws java.io.IOException {
        Path built = Path.of(System.getProperty("atlas.test.examplePlugin"));
        try (Stream<Path> files = Files.list(built)) {
            return files.filter(file -> file.getFileName().toString().matches("ch\\.seeblick\\.atlas\\.forms-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("the example plugin is not built in " + built));
        }
    }

    /** The versions of the example plugin installed now. */
    private static List<String> examplePlugins() {
        return java.util.Arrays.stream(org.osgi.framework.FrameworkUtil.getBundle(ClinicPluginUiTest.class)
                .getBundleContext().getBundles()).filter(bundle -> "ch.seeblick.atlas.forms".equals(bundle
                        .getSymbolicName())).map(bundle -> bundle.getVersion().toString()).toList();
    }

    /** A copy of the plugin's jar whose manifest says {@code version}, as its vendor's next build would. */
    private static void withVersion(Path jar, String version, Path copy) throws Exception {
        Path writing = copy.resolveSibling(copy.getFileName() + ".part"); // not a jar until whole
        try (java.util.jar.JarFile source = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = new java.util.jar.Manifest(source.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(writing),
                    manifest)) {
                for (java.util.jar.JarEntry entry : java.util.Collections.list(source.entries())) {
                    if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    out.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                    try (java.io.InputStream in = source.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(writing, copy, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Uninstalls the example plugin if an earlier run left it installed, and deletes its jar. */
    private static void removeExamplePlugin(Path dropins) throws Exception {
        boolean removed = false;
        for (org.osgi.framework.Bundle bundle : org.osgi.framework.FrameworkUtil.getBundle(ClinicPluginUiTest.class)
                .getBundleContext().getBundles()) {
            if ("ch.seeblick.atlas.forms".equals(bundle.getSymbolicName())) {
                bundle.uninstall();
                removed = true;
            }
        }
        try (Stream<Path> jars = Files.list(dropins)) {
            for (Path jar : jars.toList()) {
                Files.delete(jar);
                removed = true;
            }
        }
        if (removed) {
            Thread.sleep(2500); // one look of the dropins watcher, which then forgets the jar it tried
        }
    }

    private static List<String> formIds() {
        try {
            org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(ClinicPluginUiTest.class)
                    .getBundleContext();
            List<String> ids = new ArrayList<>();
            for (var reference : context.getServiceReferences(atlas.api.form.FormDefinition.class, null)) {
                atlas.api.form.FormDefinition form = context.getService(reference);
                if (form != null) {
                    ids.add(form.id());
                    context.ungetService(reference);
                }
            }
            return ids;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

}
