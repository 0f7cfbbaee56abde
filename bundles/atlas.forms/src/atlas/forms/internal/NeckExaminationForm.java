package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormItem.Choice;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.CraniocervicalFlexionTest;
import atlas.measures.FlexionRotationTest;

/**
 * The neck examination (clinical reference, "Examination"): active cervical range of motion,
 * flexion-rotation test, craniocervical flexion test, pressure pain thresholds and trigger points
 * by muscle and side. Every test is optional; a test that is started must be complete (both sides
 * of the FRT, stage and holds of the CCFT). Each value becomes its own observation.
 */
@Component(service = FormDefinition.class)
public class NeckExaminationForm extends InstrumentForm {

    static final String[] ROM = { "flexion", "extension", "lateralFlexionLeft", "lateralFlexionRight", "rotationLeft",
            "rotationRight" };
    /** Pressure pain threshold sites (Walton 2011); tibialis anterior is the remote control site. */
    static final String[] PPT_SITES = { "upperTrapezius", "suboccipitals", "temporalis", "masseter",
            "tibialisAnterior" };
    /** Muscles examined for trigger points (Simons criteria). */
    static final String[] TRIGGER_POINT_MUSCLES = { "upperTrapezius", "sternocleidomastoid", "suboccipitals",
            "spleniusCapitis", "temporalis", "masseter" };
    static final String[] SIDES = { "left", "right" };
    static final int PPT_MAX_KPA = 2000;

    public NeckExaminationForm() {
        super("neckExam");
    }

    @Override
    public List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        for (String direction : ROM) {
            items.add(FormItem.wholeNumber("rom." + direction, text("neckExam.rom." + direction), 0, 120, false));
        }
        items.add(FormItem.wholeNumber("frt.left", text("neckExam.frt.left"), 0, 90, false));
        items.add(FormItem.wholeNumber("frt.right", text("neckExam.frt.right"), 0, 90, false));
        items.add(FormItem.choice("ccft.stage", text("neckExam.ccft.stage"), false,
                List.of("20", "22", "24", "26", "28", "30").stream().map(stage -> new Choice(stage, stage + " mmHg"))
                        .toList()));
        items.add(FormItem.wholeNumber("ccft.holds", text("neckExam.ccft.holds"), 0, 10, false));
        for (String site : PPT_SITES) {
            for (String side : SIDES) {
                items.add(FormItem.wholeNumber("ppt." + site + "." + side,
                        text("neckExam.ppt", text("neckExam.site." + site), text("neckExam.side." + side)), 0,
                        PPT_MAX_KPA, false));
            }
        }
        List<Choice> findings = List.of(new Choice("NONE", text("neckExam.trp.none")),
                new Choice("LATENT", text("neckExam.trp.latent")), new Choice("ACTIVE", text("neckExam.trp.active")));
        for (String muscle : TRIGGER_POINT_MUSCLES) {
            for (String side : SIDES) {
                items.add(FormItem.choice("trp." + muscle + "." + side,
                        text("neckExam.trp", text("neckExam.site." + muscle), text("neckExam.side." + side)), false,
                        findings));
            }
        }
        return items;
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        List<FormResult> results = new ArrayList<>();
        for (FormItem item : items()) {
            if (item.type() == FormItem.ItemType.WHOLE_NUMBER && (item.id().startsWith("rom.")
                    || item.id().startsWith("ppt."))) {
                Integer value = wholeNumber(answers, item.id(), item.title(), problems);
                if (value != null && (value < item.min() || value > item.max())) {
                    problems.add(new FieldError(item.id(), item.title(), text("problem.range", value,
                            item.min().intValue(), item.max().intValue())));
                } else if (value != null) {
                    results.add(new FormResult(item.id(), item.title(), value,
                            item.id().startsWith("rom.") ? "degrees" : "kPa", null, null, false));
                }
            }
        }
        if (started(answers, "frt.left", "frt.right")) {
            collect(results, problems, results(new ArrayList<>(), FlexionRotationTest.score(
                    wholeNumber(answers, "frt.left", itemTitle("frt.left"), problems),
                    wholeNumber(answers, "frt.right", itemTitle("frt.right"), problems)),
                    FlexionRotationTest.MEASURE, "degrees", "degrees", "degrees"));
        }
        if (started(answers, "ccft.stage", "ccft.holds")) {
            collect(results, problems, results(new ArrayList<>(), CraniocervicalFlexionTest.score(
                    wholeNumber(answers, "ccft.stage", itemTitle("ccft.stage"), problems),
                    wholeNumber(answers, "ccft.holds", itemTitle("ccft.holds"), problems)),
                    CraniocervicalFlexionTest.MEASURE, "mmHg", "holds"));
        }
        triggerPoints(answers, results, problems);
        if (problems.isEmpty() && results.isEmpty()) {
            problems.add(new FieldError(id(), title(), text("problem.nothingExamined")));
        }
        return problems.isEmpty() ? FormScoring.scored(results) : FormScoring.refused(problems);
    }

    /** Counts active and latent trigger points; each finding is kept in the answers. */
    private void triggerPoints(Map<String, String> answers, List<FormResult> results, List<FieldError> problems) {
        int active = 0;
        int latent = 0;
        boolean any = false;
        for (String muscle : TRIGGER_POINT_MUSCLES) {
            for (String side : SIDES) {
                String id = "trp." + muscle + "." + side;
                String finding = answers.getOrDefault(id, "").strip();
                if (finding.isEmpty()) {
                    continue;
                }
                any = true;
                switch (finding) {
                case "ACTIVE" -> active++;
                case "LATENT" -> latent++;
                case "NONE" -> {
                }
                default -> problems.add(new FieldError(id, itemTitle(id), text("problem.notAChoice", finding)));
                }
            }
        }
        if (any) {
            results.add(new FormResult("trp.active", text("neckExam.trp.activeCount"), active, "count", null, null,
                    true));
            results.add(new FormResult("trp.latent", text("neckExam.trp.latentCount"), latent, "count", null, null,
                    true));
        }
    }

    static boolean started(Map<String, String> answers, String... items) {
        for (String item : items) {
            if (!answers.getOrDefault(item, "").isBlank()) {
                return true;
            }
        }
        return false;
    }

    static void collect(List<FormResult> results, List<FieldError> problems, FormScoring scoring) {
        results.addAll(scoring.results());
        for (FieldError problem : scoring.problems()) {
            if (problems.stream().noneMatch(known -> known.field().equals(problem.field()))) {
                problems.add(problem);
            }
        }
    }
}
