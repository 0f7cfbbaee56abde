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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.episode.Visit;
import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.core.form.FormResponseService;
import atlas.api.form.FormResult;
import atlas.api.form.FormScoring;
import atlas.api.form.FormWording;
import atlas.core.form.Observation;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.outcomes.BaselineChange;
import atlas.ui.AtlasContext;
import atlas.ui.ValidatedDialog;

/**
 * Fills one form for a visit: the generic renderer for every {@link FormDefinition}, built-in or
 * a clinic's. It only collects the answers: the form response service scores them as they are typed
 * and stores them on Save (scored again there, one transaction); the change against the patient's
 * baseline is judged by {@link BaselineChange}. Tab goes from the first item to the last.
 */
final class FormDialog extends ValidatedDialog {

    private final List<FormDefinition> forms;
    private final List<FormWording> wording;
    private final FormResponseService responses;
    private final Visit visit;
    private final Map<String, List<Observation>> series = new HashMap<>();
    private FormDefinition form;
    private Combo chooser;
    private ScrolledComposite scroller;
    private Composite itemsArea;
    private Text resultText;
    /** Under the form's title: what may be shown of it, or whose licensed wording it is. */
    private Label licence;
    private final Map<String, Control> answers = new LinkedHashMap<>();
    private FormScoring scoring = FormScoring.refused(List.of());

    FormDialog(Shell parent, List<FormDefinition> forms, List<FormWording> wording, FormResponseService responses,
            Visit visit) {
        super(parent, "dialog.fillForm", Messages.form_title, Messages.form_description, Messages.form_save);
        this.forms = forms;
        this.wording = wording;
        this.responses = responses;
        this.visit = visit;
    }

    @Override
    protected void createFields(Composite grid) {
        chooser = labelled(grid, Messages.form_choose, new Combo(grid, SWT.READ_ONLY));
        chooser.setData(AtlasContext.WIDGET_ID, "form.chooser");
        forms.forEach(each -> chooser.add(each.title()));
        chooser.addListener(SWT.Selection, e -> show(forms.get(chooser.getSelectionIndex())));

        scroller = new ScrolledComposite(grid, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true); // Tab to an item below the fold scrolls it into view
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 360).applyTo(scroller);

        resultText = new Text(grid, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        resultText.setData(AtlasContext.WIDGET_ID, "form.result");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(640, 70).applyTo(resultText);
        if (forms.isEmpty()) {
            resultText.setText(Messages.form_noForms);
        } else {
            chooser.select(0);
            show(forms.get(0));
        }
    }

    /** Builds the items of {@code chosen}; the answers typed for another form are dropped. */
    private void show(FormDefinition chosen) {
        form = chosen;
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
        Map<String, String> texts = wordingOf(chosen);
        for (FormItem item : chosen.items()) {
            String title = texts.getOrDefault(item.id(), item.title()) + (item.required() ? " *" : "");
            Label label = new Label(itemsArea, SWT.WRAP);
            label.setText(title);
            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(label);
            Control answer = answerControl(item, answerWordingOf(chosen, item));
            answer.setData(AtlasContext.WIDGET_ID, "form.item." + item.id());
            GridDataFactory.fillDefaults().hint(item.type() == FormItem.ItemType.TEXT ? 220 : 120, SWT.DEFAULT)
                    .applyTo(answer);
            decorations.add(item.id(), item.title(), answer);
            watch(answer);
            answers.put(item.id(), answer);
        }
        scroller.setContent(itemsArea);
        scroller.setMinSize(itemsArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        setTitle(chosen.title());
        revalidate();
    }

    /** The clinic's wording of a choice item's answers, or null to show the form's own. */
    private List<String> answerWordingOf(FormDefinition chosen, FormItem item) {
        return wording.stream().filter(each -> each.formId().equals(chosen.id()))
                .map(each -> each.answerTexts().get(item.id())).filter(java.util.Objects::nonNull)
                .reduce((first, later) -> later).orElse(null);
    }

    private Control answerControl(FormItem item, List<String> answerWording) {
        if (item.type() == FormItem.ItemType.CHOICE) {
            Combo combo = new Combo(itemsArea, SWT.READ_ONLY);
            combo.add("");
            if (answerWording != null) {
                answerWording.forEach(combo::add);
            } else {
                item.choices().forEach(choice -> combo.add(choice.title()));
            }
            combo.setToolTipText(NLS.bind(Messages.form_choiceKeys, item.choices().size()));
            ChoiceKeys.attach(combo);
            return combo;
        }
        Text text = new Text(itemsArea, SWT.BORDER);
        if (item.min() != null) {
            text.setMessage(format(item.min()) + "\u2013" + format(item.max()));
        }
        return text;
    }

    private Map<String, String> wordingOf(FormDefinition chosen) {
        Map<String, String> texts = new HashMap<>();
        wording.stream().filter(each -> each.formId().equals(chosen.id())).forEach(each -> texts.putAll(each.itemTexts()));
        return texts;
    }

    /** The answers as stored: item id to the typed text or the chosen value. */
    private Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FormItem item : form.items()) {
            Control control = answers.get(item.id());
            if (control instanceof Combo combo) {
                int chosen = combo.getSelectionIndex();
                if (chosen > 0) {
                    typed.put(item.id(), item.choices().get(chosen - 1).value());
                }
            } else if (control instanceof Text text && !text.getText().isBlank()) {
                typed.put(item.id(), text.getText().strip());
            }
        }
        return typed;
    }

    @Override
    protected List<FieldError> check() {
        if (form == null) {
            return List.of();
        }
        try {
            scoring = responses.score(form.id(), typed());
        } catch (atlas.core.validation.ValidationException uninstalled) { // its plugin was removed meanwhile
            scoring = FormScoring.refused(uninstalled.errors());
        }
        showResults();
        return scoring.problems();
    }

    private void showResults() {
        if (resultText == null || resultText.isDisposed()) {
            return;
        }
        if (!scoring.isScored()) {
            resultText.setText(scoring.problems().isEmpty() ? "" : NLS.bind(Messages.form_notScored,
                    scoring.problems().get(0).toString()));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (FormResult result : scoring.results()) {
            lines.add(NLS.bind(Messages.form_result, new Object[] { result.title(), format(result.value()),
                    result.unit(), result.band() == null ? "" : ", " + result.band() }));
            if (result.importantChange() != null || result == scoring.results().get(0)) {
                lines.add(changeLine(result));
            }
        }
        resultText.setText(String.join("\n", lines));
    }

    /** The change against the baseline, as outcomes judges it, in words. */
    private String changeLine(FormResult result) {
        Optional<BaselineChange> change = BaselineChange.of(seriesOf(result.measureCode()), result);
        if (change.isEmpty()) {
            return Messages.form_noBaseline;
        }
        double difference = change.get().difference();
        String verdict = change.get().change().map(judged -> judged.verdict().label()).orElse(Messages.form_noVerdict);
        return NLS.bind(Messages.form_change, new Object[] { format(change.get().baseline()),
                (difference > 0 ? "+" : "") + format(difference), verdict });
    }

    /** The patient's saved results of {@code code}, read once per dialog. */
    private List<Observation> seriesOf(String code) {
        return series.computeIfAbsent(code, measure -> {
            try {
                return responses.series(visit.getPatientId(), measure);
            } catch (StoreException e) {
                return List.of();
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.CLIENT_ID, Messages.form_printBlank, false)
                .setData(AtlasContext.WIDGET_ID, "form.printBlank");
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == org.eclipse.jface.dialogs.IDialogConstants.CLIENT_ID && form != null) {
            Map<String, List<String>> answerTexts = new HashMap<>();
            wording.stream().filter(each -> each.formId().equals(form.id()))
                    .forEach(each -> answerTexts.putAll(each.answerTexts()));
            resultText.setText(BlankFormPrint.print(form, wordingOf(form), answerTexts, licence.getText()));
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected Saving save() {
        long visitId = visit.getId();
        String formId = form.id();
        var answers = typed();
        return () -> responses.submit(visitId, formId, answers);
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
