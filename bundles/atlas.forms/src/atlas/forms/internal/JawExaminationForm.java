package atlas.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormItem.Choice;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.validation.FieldError;
import atlas.measures.MouthOpening;
import atlas.measures.TmdHeadache;

/**
 * The jaw examination after the DC/TMD examination protocol (Schiffman et al. 2014): mouth opening
 * (pain-free, maximum unassisted and assisted, mm), the opening pattern, lateral and protrusive
 * movements (mm) with pain and familiar headache on movement, TMJ noises (click on opening or
 * closing, crepitus; per side), palpation of temporalis, masseter and TMJ per side (pain, familiar
 * pain, familiar headache), the two history questions of "headache attributed to TMD", and the
 * short screen (myalgia). Headache attributed to TMD is judged from its criteria ({@link TmdHeadache})
 * when the history and the examination were recorded; else the therapist's own answer stands. A
 * "yes" is stored as 1.
 */
@Component(service = FormDefinition.class)
public class JawExaminationForm extends InstrumentForm {

    static final String[] SCREEN = { "dctmd.myalgia", "dctmd.headache" };
    static final String[] SIDES = { "right", "left" };
    static final String[] PALPATED = { "temporalis", "masseter", "tmj" };
    static final String[] MOVEMENTS = { "lateralRight", "lateralLeft", "protrusion" };

    public JawExaminationForm() {
        super("jawExam");
    }

    @Override
    public List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        items.add(FormItem.wholeNumber("mouthOpening.painFree", text("jawExam.painFree"), 0, 90, false));
        items.add(FormItem.wholeNumber("mouthOpening.unassisted", text("jawExam.unassisted"), 0, 90, false));
        items.add(FormItem.wholeNumber("mouthOpening.assisted", text("jawExam.assisted"), 0, 90, false));
        List<Choice> yesNo = List.of(new Choice("YES", text("jawExam.yes")), new Choice("NO", text("jawExam.no")));
        items.add(FormItem.choice("openingPattern", text("jawExam.openingPattern"), false, choices("openingPattern",
                "STRAIGHT", "CORRECTED", "UNCORRECTED")));
        for (String movement : MOVEMENTS) {
            items.add(FormItem.wholeNumber("jaw." + movement, text("jawExam." + movement), 0, 25, false));
        }
        items.add(FormItem.choice("movement.familiarPain", text("jawExam.movement.familiarPain"), false, yesNo));
        items.add(FormItem.choice("movement.familiarHeadache", text("jawExam.movement.familiarHeadache"), false, yesNo));
        for (String side : SIDES) {
            items.add(FormItem.choice("noise.click." + side, text("jawExam.click", text("jawExam.side." + side)), false,
                    choices("click", "NONE", "OPENING", "CLOSING", "BOTH")));
            items.add(FormItem.choice("noise.crepitus." + side, text("jawExam.crepitus", text("jawExam.side." + side)),
                    false, yesNo));
        }
        for (String site : PALPATED) {
            for (String side : SIDES) {
                List<Choice> findings = site.equals("temporalis")
                        ? choices("palpation", "NONE", "PAIN", "FAMILIAR_PAIN", "FAMILIAR_HEADACHE")
                        : choices("palpation", "NONE", "PAIN", "FAMILIAR_PAIN");
                items.add(FormItem.choice("palpation." + site + "." + side, text("jawExam.palpation",
                        text("jawExam.site." + site), text("jawExam.side." + side)), false, findings));
            }
        }
        items.add(FormItem.choice("history.templeHeadache", text("jawExam.history.templeHeadache"), false, yesNo));
        items.add(FormItem.choice("history.modifiedByJaw", text("jawExam.history.modifiedByJaw"), false, yesNo));
        for (String finding : SCREEN) {
            items.add(FormItem.choice(finding, text("jawExam." + finding), false, yesNo));
        }
        return items;
    }

    @Override
    public FormScoring score(Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        List<FormResult> results = new ArrayList<>();
        if (NeckExaminationForm.started(answers, "mouthOpening.painFree", "mouthOpening.unassisted",
                "mouthOpening.assisted")) {
            Integer painFree = wholeNumber(answers, "mouthOpening.painFree", itemTitle("mouthOpening.painFree"),
                    problems);
            Integer unassisted = wholeNumber(answers, "mouthOpening.unassisted",
                    itemTitle("mouthOpening.unassisted"), problems);
            Integer assisted = wholeNumber(answers, "mouthOpening.assisted", itemTitle("mouthOpening.assisted"),
                    problems);
            NeckExaminationForm.collect(results, problems, results(new ArrayList<>(),
                    MouthOpening.score(painFree, unassisted, assisted), MouthOpening.MEASURE, "mm", "mm"));
        }
        for (FormItem item : items()) {
            String value = answers.getOrDefault(item.id(), "").strip();
            if (item.type() == FormItem.ItemType.CHOICE && !value.isEmpty()
                    && item.choices().stream().noneMatch(choice -> choice.value().equals(value))) {
                problems.add(new FieldError(item.id(), item.title(), text("problem.notAChoice", value)));
            } else if (item.id().startsWith("jaw.")) {
                Integer mm = wholeNumber(answers, item.id(), item.title(), problems);
                if (mm != null && (mm < item.min() || mm > item.max())) {
                    problems.add(new FieldError(item.id(), item.title(), text("problem.range", mm, item.min().intValue(),
                            item.max().intValue())));
                } else if (mm != null) {
                    results.add(new FormResult(item.id(), item.title(), mm, "mm", null, null, true));
                }
            }
        }
        Optional<Boolean> tmdHeadache = tmdHeadache(answers);
        int familiar = (int) java.util.Arrays.stream(PALPATED).flatMap(site -> java.util.Arrays.stream(SIDES)
                .map(side -> answers.getOrDefault("palpation." + site + "." + side, ""))).filter(finding -> finding
                        .startsWith("FAMILIAR")).count();
        if (java.util.Arrays.stream(PALPATED).anyMatch(site -> java.util.Arrays.stream(SIDES)
                .anyMatch(side -> !answers.getOrDefault("palpation." + site + "." + side, "").isBlank()))) {
            results.add(new FormResult("palpation.familiar", text("jawExam.palpation.familiarCount"), familiar, "count",
                    null, null, true));
        }
        tmdHeadache.ifPresent(attributed -> results.add(new FormResult("dctmd.headache", text("jawExam.criteriaMet"),
                attributed ? 1 : 0, "yes=1", null, null, true)));
        for (String finding : SCREEN) {
            String value = answers.getOrDefault(finding, "").strip();
            if (finding.equals("dctmd.headache") && tmdHeadache.isPresent()) {
                continue; // judged from its criteria above
            }
            if (value.equals("YES") || value.equals("NO")) {
                results.add(new FormResult(finding, itemTitle(finding), value.equals("YES") ? 1 : 0, "yes=1", null,
                        null, true));
            } else if (!value.isEmpty()) {
                problems.add(new FieldError(finding, itemTitle(finding), text("problem.notAChoice", value)));
            }
        }
        if (problems.isEmpty() && results.isEmpty()) {
            problems.add(new FieldError(id(), title(), text("problem.nothingExamined")));
        }
        return problems.isEmpty() ? FormScoring.scored(results) : FormScoring.refused(problems);
    }

    /** Headache attributed to TMD from its DC/TMD criteria, when its history and examination were recorded. */
    static Optional<Boolean> tmdHeadache(Map<String, String> answers) {
        Boolean templeHeadache = yes(answers, "history.templeHeadache");
        Boolean modified = yes(answers, "history.modifiedByJaw");
        boolean temporalisPalpated = java.util.Arrays.stream(SIDES)
                .anyMatch(side -> !answers.getOrDefault("palpation.temporalis." + side, "").isBlank());
        Boolean onPalpation = temporalisPalpated ? java.util.Arrays.stream(SIDES).anyMatch(side -> "FAMILIAR_HEADACHE"
                .equals(answers.getOrDefault("palpation.temporalis." + side, ""))) : null;
        Boolean onMovement = yes(answers, "movement.familiarHeadache");
        // a painful TMD: myalgia found, or familiar pain on palpating the masticatory muscles or the TMJ
        boolean familiarPain = java.util.Arrays.stream(PALPATED).anyMatch(site -> java.util.Arrays.stream(SIDES)
                .anyMatch(side -> answers.getOrDefault("palpation." + site + "." + side, "").startsWith("FAMILIAR")));
        Boolean painful = Boolean.TRUE.equals(yes(answers, "dctmd.myalgia")) || familiarPain;
        return TmdHeadache.attributed(templeHeadache, modified, painful, onPalpation, onMovement);
    }

    private static Boolean yes(Map<String, String> answers, String id) {
        String value = answers.getOrDefault(id, "").strip();
        return value.equals("YES") ? Boolean.TRUE : value.equals("NO") ? Boolean.FALSE : null;
    }

    private static List<Choice> choices(String group, String... values) {
        return java.util.Arrays.stream(values).map(value -> new Choice(value, text("jawExam." + group + "." + value)))
                .toList();
    }
}
