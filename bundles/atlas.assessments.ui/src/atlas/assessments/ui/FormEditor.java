package atlas.assessments.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.form.FormWording;
import atlas.api.validation.FieldError;
import atlas.core.form.FormResponseService;
import atlas.core.form.Observation;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.outcomes.BaselineChange;
import atlas.ui.AtlasContext;
import atlas.ui.EditorHost;
import atlas.ui.InBackground;
import atlas.ui.FieldDecorations;
import atlas.ui.HoldStill;
import atlas.ui.Widgets;

/**
 * Fills forms for one visit, as the content of its editor tab: the generic renderer for every
 * {@link FormDefinition}, built-in or a clinic's. It only collects the answers: the form response
 * service scores them as they are typed and stores them on Save or Ctrl+S (scored again there, one
 * transaction); the change against the patient's baseline is judged by {@link BaselineChange}. Tab
 * goes from the first item to the last. A saved form stays in sight, its answers locked, until
 * another form is chosen: saved answers are never stored twice by a second Ctrl+S.
 */
final class FormEditor {

    private final FormResponseService responses;
    private final long visitId;
    private final long patientId;
    private final EditorHost host;
    private final HoldStill writes = new HoldStill(Messages.form_title);
    private final FieldDecorations decorations = new FieldDecorations();
    private final Map<String, List<Observation>> series = new HashMap<>();
    /** The measures whose earlier results are being read. */
    private final java.util.Set<String> reading = new java.util.HashSet<>();
    private final Map<String, Control> answers = new LinkedHashMap<>();
    private List<FormDefinition> forms = List.of();
    private List<FormWording> wording = List.of();
    private FormDefinition form;
    private FormScoring scoring = FormScoring.refused(List.of());
    private Composite root;
    private Combo chooser;
    private Label message;
    /** A clinic plugin's form left out because it is faulty, and why (hidden when none is). */
    private Label leftOut;
    private Button save;
    private ScrolledComposite scroller;
    private Composite itemsArea;
    private Text resultText;
    /** Under the form's title: what may be shown of it, or whose licensed wording it is. */
    private Label licence;
    private boolean stored;

    FormEditor(FormResponseService responses, long visitId, long patientId, EditorHost host) {
        this.responses = responses;
        this.visitId = visitId;
        this.patientId = patientId;
        this.host = host;
    }

    Control create(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setData(AtlasContext.WIDGET_ID, "form.editor");
        GridLayoutFactory.swtDefaults().numColumns(5).margins(12, 10).spacing(12, 8).applyTo(root);

        Label choose = new Label(root, SWT.NONE);
        choose.setText(Messages.form_choose);
        chooser = new Combo(root, SWT.READ_ONLY);
        chooser.setData(AtlasContext.WIDGET_ID, "form.chooser");
        // the chooser and the actions together at the left, however wide the window (a filler takes the rest)
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(chooser);
        chooser.addListener(SWT.Selection, e -> choose(chooser.getSelectionIndex()));
        save = Widgets.button(root, Messages.form_save, "form.save", this::saveNow);
        Widgets.button(root, Messages.form_printBlank, "form.printBlank", this::printBlank);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(root, SWT.NONE));

        // the message under the actions: what the form is for, the next item still needed, or a refusal
        message = new Label(root, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "form.message");
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

        leftOut = new Label(root, SWT.WRAP);
        leftOut.setData(AtlasContext.WIDGET_ID, "form.leftOut");
        leftOut.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(leftOut);
        leftOut.setVisible(false);

        scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true); // Tab to an item below the fold scrolls it into view
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(640, 300).applyTo(scroller);

        resultText = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        resultText.setData(AtlasContext.WIDGET_ID, "form.result");
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(640, 70).applyTo(resultText);
        return root;
    }

    /**
     * The forms offered and the wording to show them in; called when the tab opens and again when a
     * clinic's form bundle comes or goes, keeping the form being filled if it is still offered. At a
     * re-evaluation the episode's baseline forms ({@code baselineAgain}) come first, marked, and the
     * first of them is chosen, so each measure is taken again as at the start. {@code faulty} says
     * which clinic forms are left out and why.
     */
    void offer(List<FormDefinition> offered, List<FormWording> clinicWording, List<String> baselineAgain,
            List<String> faulty) {
        if (root == null || root.isDisposed()) {
            return;
        }
        leftOut.setText(String.join("\n", faulty));
        leftOut.setVisible(!faulty.isEmpty());
        ((org.eclipse.swt.layout.GridData) leftOut.getLayoutData()).exclude = faulty.isEmpty();
        leftOut.requestLayout();
        List<FormDefinition> ordered = new ArrayList<>();
        baselineAgain.forEach(id -> offered.stream().filter(each -> each.id().equals(id)).findFirst()
                .ifPresent(ordered::add));
        int marked = ordered.size();
        offered.stream().filter(each -> !ordered.contains(each)).forEach(ordered::add);
        forms = List.copyOf(ordered);
        wording = List.copyOf(clinicWording);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            titles.add(i < marked ? NLS.bind(Messages.form_baselineAgain, forms.get(i).title()) : forms.get(i).title());
        }
        chooser.setItems(titles.toArray(String[]::new));
        int kept = form == null ? -1 : forms.stream().map(FormDefinition::id).toList().indexOf(form.id());
        if (kept >= 0) {
            chooser.select(kept);
        } else if (forms.isEmpty()) {
            say(Messages.form_noForms);
        } else if (form == null) {
            chooser.select(0);
            choose(0);
            if (marked > 0) {
                say(NLS.bind(Messages.form_reEvaluation, forms.subList(0, marked).stream()
                        .map(FormDefinition::title).collect(java.util.stream.Collectors.joining(", "))));
            }
        }
    }

    /** Chosen in the list: the form's items; the answers typed for another form are dropped. */
    private void choose(int index) {
        if (index < 0 || index >= forms.size()) {
            return;
        }
        show(forms.get(index));
    }

    private void show(FormDefinition chosen) {
        form = chosen;
        stored = false;
        decorations.clear();
        answers.clear();
        if (itemsArea != null) {
            itemsArea.dispose();
        }
        itemsArea = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(14, 6).applyTo(itemsArea);
        licence = new Label(itemsArea, SWT.WRAP);
        licence.setData(AtlasContext.WIDGET_ID, "form.licence");
        String owner = wording.stream().filter(each -> each.formId().equals(chosen.id()) && each.owner() != null)
                .map(FormWording::owner).reduce((first, later) -> later).orElse(null);
        licence.setText(owner == null ? chosen.licenceNote() : NLS.bind(Messages.form_wordingOf, owner));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(licence);
        Map<String, String> texts = itemTexts(chosen);
        for (FormItem item : chosen.items()) {
            Label label = new Label(itemsArea, SWT.WRAP);
            label.setText(texts.getOrDefault(item.id(), item.title()) + (item.required() ? " *" : ""));
            // the answer right beside its question, not across a wide window
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(460, SWT.DEFAULT).applyTo(label);
            Control answer = FormAnswers.control(itemsArea, item, answerTexts(chosen).get(item.id()));
            answer.setData(AtlasContext.WIDGET_ID, "form.item." + item.id());
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER)
                    .hint(item.type() == FormItem.ItemType.TEXT ? 220 : 160, SWT.DEFAULT).applyTo(answer);
            decorations.add(item.id(), item.title(), answer);
            answer.addListener(SWT.Modify, e -> revalidate());
            answer.addListener(SWT.Selection, e -> revalidate());
            answers.put(item.id(), answer);
        }
        scroller.setContent(itemsArea);
        scroller.setMinSize(itemsArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        revalidate();
    }

    /** The clinic's wording of the items' texts. */
    private Map<String, String> itemTexts(FormDefinition chosen) {
        Map<String, String> texts = new HashMap<>();
        wording.stream().filter(each -> each.formId().equals(chosen.id())).forEach(each -> texts.putAll(each.itemTexts()));
        return texts;
    }

    /** The clinic's wording of choice items' answers, by item; the later wording wins. */
    private Map<String, List<String>> answerTexts(FormDefinition chosen) {
        Map<String, List<String>> texts = new HashMap<>();
        wording.stream().filter(each -> each.formId().equals(chosen.id()))
                .forEach(each -> texts.putAll(each.answerTexts()));
        return texts;
    }

    /** Re-scores after every change: the message, the error marks, the result lines and the dirty star. */
    private void revalidate() {
        if (form == null || root.isDisposed()) {
            return;
        }
        Map<String, String> typed = FormAnswers.typed(form, answers);
        try {
            scoring = responses.score(form.id(), typed);
        } catch (ValidationException uninstalled) { // its plugin was removed meanwhile
            scoring = FormScoring.refused(uninstalled.errors());
        }
        List<FieldError> errors = scoring.problems();
        Optional<String> shown = decorations.show(errors);
        if (!stored) {
            say(shown.orElse(errors.isEmpty() || !decorations.anyTouched() ? Messages.form_description
                    : decorations.describe(errors.get(0))));
        }
        save.setEnabled(!stored && errors.isEmpty());
        showResults();
        host.dirty(!stored && !typed.isEmpty());
    }

    /**
     * Stores the form (Save Form, Ctrl+S, closing the tab, quitting), returning when the store has
     * it: true when stored or nothing was to store; false, with the reason on the message line, when
     * an answer is wrong or the store refused - the answers stay, the tab dirty.
     */
    boolean saveNow() {
        if (form == null || stored || root.isDisposed()) {
            return true;
        }
        Map<String, String> typed = FormAnswers.typed(form, answers);
        if (typed.isEmpty()) {
            return true;
        }
        revalidate();
        if (!scoring.problems().isEmpty()) {
            decorations.touchAll();
            say(decorations.show(scoring.problems()).orElse(decorations.describe(scoring.problems().get(0))));
            return false;
        }
        String formId = form.id();
        return writes.runAndWait(root, root::setEnabled, () -> {
            responses.submit(visitId, formId, typed);
            return Boolean.TRUE;
        }, done -> {
            stored = true;
            answers.values().forEach(answer -> answer.setEnabled(false));
            series.clear(); // this result is part of the series now
            say(NLS.bind(Messages.form_saved, form.title()));
            save.setEnabled(false);
            host.dirty(false);
            host.changed();
        }, this::refused);
    }

    private void refused(Exception e) {
        if (e instanceof ValidationException refused) {
            decorations.touchAll();
            say(decorations.show(refused.errors()).orElse(refused.errors().get(0).toString()));
        } else if (e instanceof StoreException store) {
            say(store.getMessage());
        } else {
            say(e.getMessage());
        }
    }

    private void printBlank() {
        if (form != null) {
            resultText.setText(BlankFormPrint.print(form, itemTexts(form), answerTexts(form), licence.getText()));
        }
    }

    private void showResults() {
        if (!scoring.isScored()) {
            resultText.setText(scoring.problems().isEmpty() ? "" : NLS.bind(Messages.form_notScored,
                    scoring.problems().get(0).toString()));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (FormResult result : scoring.results()) {
            lines.add(NLS.bind(Messages.form_result, new Object[] { result.title(), FormAnswers.format(result.value()),
                    result.unit(), result.band() == null ? "" : ", " + result.band() }));
            if (result.importantChange() != null || result == scoring.results().get(0)) {
                lines.add(changeLine(result));
            }
        }
        resultText.setText(String.join("\n", lines));
    }

    /** The change against the baseline, as outcomes judges it, in words; while the earlier results are read, says so. */
    private String changeLine(FormResult result) {
        List<Observation> earlier = seriesOf(result.measureCode());
        if (earlier == null) {
            return Messages.form_readingEarlier;
        }
        Optional<BaselineChange> change = BaselineChange.of(earlier, result);
        if (change.isEmpty()) {
            return Messages.form_noBaseline;
        }
        double difference = change.get().difference();
        String verdict = change.get().change().map(judged -> judged.verdict().label()).orElse(Messages.form_noVerdict);
        return NLS.bind(Messages.form_change, new Object[] { FormAnswers.format(change.get().baseline()),
                (difference > 0 ? "+" : "") + FormAnswers.format(difference), verdict });
    }

    /**
     * The patient's saved results of {@code code}, read once per form in the background (the
     * window never waits for the store while answers are typed); null until they are read, when
     * the result lines are shown again.
     */
    private List<Observation> seriesOf(String code) {
        List<Observation> read = series.get(code);
        if (read == null && reading.add(code)) {
            InBackground.run(root, Messages.form_readingEarlier.strip(), () -> responses.series(patientId, code),
                    found -> {
                        reading.remove(code);
                        series.put(code, found);
                        if (form != null && !root.isDisposed()) {
                            showResults();
                        }
                    }, failed -> {
                        reading.remove(code);
                        series.put(code, List.of()); // no change line rather than none at all: the score still shows
                    });
        }
        return read;
    }

    private void say(String text) {
        message.setText(text == null ? "" : text);
        message.requestLayout();
    }

    void focus() {
        Control first = answers.values().stream().filter(Control::isEnabled).findFirst().orElse(chooser);
        first.setFocus();
    }
}
