package atlas.forms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;

/** The built-in instruments as forms: items, typed answers, results and per-item problems. */
class BuiltInFormsTest {

    private static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    private static Map<String, String> answers(String prefix, String... values) {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(prefix + (i + 1), values[i]);
        }
        return answers;
    }

    @Test
    void ndiFormHasTenTitledSectionsAndScoresTypedAnswers() {
        FormDefinition ndi = new NeckDisabilityIndexForm();
        assertEquals("atlas.ndi", ndi.id());
        List<FormItem> items = ndi.items();
        assertEquals(10, items.size());
        assertEquals("Headaches", items.get(4).title());
        assertEquals(5.0, items.get(0).max());
        FormScoring scoring = ndi.score(answers("ndi.", "2", "2", "2", "2", "", "2", "2", "2", "1", "1"));
        assertTrue(scoring.isScored(), scoring.toString());
        FormResult total = scoring.results().get(0);
        assertEquals("ndi", total.measureCode());
        assertEquals(17.78, total.value(), 0.01);
        assertEquals("moderate disability", total.band());
        assertEquals(5.5, total.importantChange());
        assertTrue(total.lowerIsBetter());
        assertEquals("ndi.percent", scoring.results().get(1).measureCode());
        assertEquals("%", scoring.results().get(1).unit());
    }

    @Test
    void ndiFormNamesTheSectionOfEveryBadAnswer() {
        FormScoring scoring = new NeckDisabilityIndexForm()
                .score(answers("ndi.", "1", "x", "6", "1", "1", "1", "1", "1", "1", "1"));
        assertFalse(scoring.isScored());
        assertEquals(List.of(new FieldError("ndi.2", "Personal care", "\"x\" is not a whole number"),
                new FieldError("ndi.3", "Lifting", "6 is outside the allowed range 0 to 5")), scoring.problems());
    }

    @Test
    void hit6FormStoresWeightsAndNeedsEveryItem() {
        FormDefinition hit6 = new HeadacheImpactTestForm();
        assertEquals(List.of("6", "8", "10", "11", "13"),
                hit6.items().get(0).choices().stream().map(FormItem.Choice::value).toList());
        FormScoring scored = hit6.score(answers("hit6.", "13", "11", "10", "10", "8", "8"));
        assertEquals(60.0, scored.results().get(0).value());
        assertEquals("severe impact", scored.results().get(0).band());
        FormScoring refused = hit6.score(answers("hit6.", "13", "11", "10", "10", "8"));
        assertEquals(List.of(new FieldError("hit6.6", "Item 6: headaches limiting concentration", "is required")), refused.problems());
        assertTrue(hit6.licenceNote().contains("licensed"));
    }

    @Test
    void midasFormKeepsAAndBAsTheirOwnResults() {
        Map<String, String> typed = answers("midas.", "2", "3", "4", "1", "2");
        typed.put("midas.A", "24");
        typed.put("midas.B", "6");
        List<FormResult> results = new MigraineDisabilityAssessmentForm().score(typed).results();
        assertEquals(List.of("midas", "midas.A", "midas.B"), results.stream().map(FormResult::measureCode).toList());
        assertEquals(List.of(12.0, 24.0, 6.0), results.stream().map(FormResult::value).toList());
        assertEquals("grade III, moderate disability", results.get(0).band());
        assertEquals(null, results.get(0).importantChange(), "no MCID for MIDAS");
        assertEquals(List.of("days", "days", "points"), results.stream().map(FormResult::unit).toList());
    }

    @Test
    void nprsFormInGerman() {
        Locale.setDefault(Locale.GERMANY);
        try {
            FormDefinition nprs = new NumericPainRatingScaleForm();
            assertEquals("Numerische Schmerzskala (NPRS)", nprs.title());
            assertEquals("\u201ezehn\u201c ist keine ganze Zahl", nprs.score(Map.of("nprs", "zehn")).problems().get(0)
                    .message());
        } finally {
            Locale.setDefault(Locale.UK);
        }
    }

    @Test
    void theBuiltInFormsAreOsgiServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(BuiltInFormsTest.class).getBundleContext();
        ServiceTracker<FormDefinition, FormDefinition> forms = new ServiceTracker<>(context, FormDefinition.class, null);
        forms.open();
        try {
            forms.waitForService(10_000);
            Set<String> ids = new TreeSet<>();
            for (long deadline = System.currentTimeMillis() + 10_000; ids.size() < 11
                    && System.currentTimeMillis() < deadline; Thread.sleep(50)) {
                ids.clear();
                for (FormDefinition form : forms.getServices(new FormDefinition[0])) {
                    ids.add(form.id());
                }
            }
            assertEquals(Set.of("atlas.fonseca", "atlas.groc", "atlas.hit6", "atlas.jawExam", "atlas.jfls20",
                    "atlas.jfls8", "atlas.midas", "atlas.ndi", "atlas.neckExam", "atlas.nprs", "atlas.psfs"), ids);
        } finally {
            forms.close();
        }
    }

    @Test
    void licensedInstrumentsShowTopicsAndPlainAnswerWordsNeverNumbersAlone() {
        List<FormItem> hit6 = new HeadacheImpactTestForm().items();
        assertEquals("Item 1: severe pain during headaches", hit6.get(0).title());
        assertEquals(List.of("never (6)", "rarely (8)", "sometimes (10)", "very often (11)", "always (13)"),
                hit6.get(0).choices().stream().map(FormItem.Choice::title).toList());
        assertEquals(List.of("6", "8", "10", "11", "13"), hit6.get(0).choices().stream().map(FormItem.Choice::value).toList(),
                "stored as the weights");
        for (atlas.api.form.FormDefinition form : List.of(new FonsecaAnamnesticIndexForm(), new HeadacheImpactTestForm(),
                new NeckDisabilityIndexForm(), new MigraineDisabilityAssessmentForm())) {
            for (FormItem item : form.items()) {
                assertTrue(item.title().matches(".*\\p{L}{4,}.*"), form.id() + ": a topic in words, not a bare number: "
                        + item.title());
                assertTrue(item.choices().stream().allMatch(choice -> choice.title().matches(".*\\p{L}{2,}.*")),
                        form.id() + ": answers in words: " + item.choices());
            }
        }
        assertEquals("Question 10: feeling tense or nervous", new FonsecaAnamnesticIndexForm().items().get(9).title());
        assertTrue(new NeckDisabilityIndexForm().licenceNote().endsWith("Each section: 0 = no problem ... 5 = most severe."));
    }

    @Test
    void psfsFormNumbersTheActivitiesAndKeepsTheirNames() {
        Map<String, String> typed = new HashMap<>(Map.of("psfs.1.name", "Reading 30 min", "psfs.1", "3",
                "psfs.2.name", "Driving", "psfs.2", "4", "psfs.3.name", "Screen work", "psfs.3", "5"));
        List<FormResult> results = new PatientSpecificFunctionalScaleForm().score(typed).results();
        assertEquals(List.of("psfs", "psfs.1", "psfs.2", "psfs.3"), results.stream().map(FormResult::measureCode).toList());
        assertEquals("Driving", results.get(2).title());
        assertEquals(4.0, results.get(0).value());
        typed.remove("psfs.3");
        assertEquals("psfs.3", new PatientSpecificFunctionalScaleForm().score(typed).problems().get(0).field());
    }

    @Test
    void jfls20AndFonsecaAndGroc() {
        Map<String, String> jaw = answers("jfls20.", "1", "1", "1", "1", "1", "1", "2", "2", "2", "2", "0", "0", "3",
                "3", "3", "3", "3", "3", "3", "3");
        List<FormResult> jfls = new Jfls20Form().score(jaw).results();
        assertEquals(List.of("jfls20", "jfls20.mastication", "jfls20.mobility", "jfls20.communication",
                "jfls20.subscaleMean"),
                jfls.stream().map(FormResult::measureCode).toList());
        assertEquals("JFLS-20 mobility", jfls.get(2).title());
        assertEquals(2.0, jfls.get(2).value());
        Map<String, String> fonseca = answers("fonseca.", "YES", "YES", "SOMETIMES", "NO", "NO", "NO", "NO", "NO",
                "NO", "NO");
        assertEquals("mild TMD", new FonsecaAnamnesticIndexForm().score(fonseca).results().get(0).band());
        fonseca.put("fonseca.4", "MAYBE");
        assertEquals(new FieldError("fonseca.4", "Question 4: frequent headaches", "\"MAYBE\" is not one of the answers"),
                new FonsecaAnamnesticIndexForm().score(fonseca).problems().get(0));
        assertEquals("improved", new GlobalRatingOfChangeForm().score(Map.of("groc", "+4")).results().get(0).band());
    }

    @Test
    void neckExaminationScoresTheTestsThatWereDone() {
        NeckExaminationForm neck = new NeckExaminationForm();
        Map<String, String> typed = new HashMap<>(Map.of("rom.rotationLeft", "70", "frt.left", "40", "frt.right",
                "24", "ccft.stage", "24", "ccft.holds", "6", "ppt.upperTrapezius.left", "210",
                "trp.upperTrapezius.right", "ACTIVE", "trp.temporalis.left", "LATENT"));
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        neck.score(typed).results().forEach(result -> values.put(result.measureCode(), result.value()));
        assertEquals(70.0, values.get("rom.rotationLeft"));
        assertEquals(24.0, values.get("frt"), "the restricted side");
        assertEquals(16.0, values.get("frt.difference"));
        assertEquals(24.0, values.get("ccft"), "(24 - 20) x 6");
        assertEquals(210.0, values.get("ppt.upperTrapezius.left"));
        assertEquals(1.0, values.get("trp.active"));
        assertEquals(1.0, values.get("trp.latent"));
        assertEquals("positive", neck.score(typed).results().stream().filter(r -> r.measureCode().equals("frt"))
                .findFirst().orElseThrow().band());

        typed.remove("frt.right");
        assertEquals(List.of("frt.right"), neck.score(typed).problems().stream().map(FieldError::field).toList(),
                "a started test must be complete");
        assertEquals("enter at least one test", neck.score(Map.of()).problems().get(0).message());
        assertEquals(new FieldError("rom.flexion", "Active ROM: flexion (degrees)",
                "130 is outside the allowed range 0 to 120"), neck.score(Map.of("rom.flexion", "130")).problems().get(0));
    }

    @Test
    void jawExaminationJudgesMouthOpeningAndKeepsTheScreen() {
        List<FormResult> results = new JawExaminationForm().score(Map.of("mouthOpening.painFree", "28",
                "mouthOpening.unassisted", "33", "mouthOpening.assisted", "36", "dctmd.headache", "YES")).results();
        assertEquals("limited", results.get(0).band());
        assertEquals(36.0, results.get(0).value());
        assertEquals(List.of("mouthOpening", "mouthOpening.painFree", "mouthOpening.unassisted", "dctmd.headache"),
                results.stream().map(FormResult::measureCode).toList());
        assertEquals(1.0, results.get(3).value());
    }

    @Test
    void jawExaminationJudgesHeadacheAttributedToTmdFromItsCriteria() {
        Map<String, String> exam = new HashMap<>(Map.of("history.templeHeadache", "YES", "history.modifiedByJaw", "YES",
                "palpation.temporalis.right", "FAMILIAR_HEADACHE", "palpation.masseter.right", "FAMILIAR_PAIN",
                "jaw.lateralRight", "8", "openingPattern", "CORRECTED", "noise.click.left", "OPENING",
                "dctmd.headache", "NO"));
        List<FormResult> results = new JawExaminationForm().score(exam).results();
        assertEquals(List.of("jaw.lateralRight", "palpation.familiar", "dctmd.headache"),
                results.stream().map(FormResult::measureCode).toList());
        assertEquals(2.0, results.get(1).value(), "two sites with familiar pain or headache");
        assertEquals(1.0, results.get(2).value(), "the criteria win over a hurried \"no\"");
        exam.put("history.modifiedByJaw", "NO");
        assertEquals(0.0, new JawExaminationForm().score(exam).results().get(2).value());
        exam.put("openingPattern", "SIDEWAYS");
        assertEquals("openingPattern", new JawExaminationForm().score(exam).problems().get(0).field());
    }
}
