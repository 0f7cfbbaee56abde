package atlas.assessments.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;

/** The answer widgets of a form's items and what they hold, as the form response service reads answers. */
final class FormAnswers {

    private FormAnswers() {
    }

    /**
     * A choice item's answers as a read-only list answered by keys (in the clinic's wording when it
     * has some, {@code answerWording}, else the form's own); any other item as a text, its range as a hint.
     */
    static Control control(Composite parent, FormItem item, List<String> answerWording) {
        if (item.type() == FormItem.ItemType.CHOICE) {
            Combo combo = new Combo(parent, SWT.READ_ONLY);
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
        Text text = new Text(parent, SWT.BORDER);
        if (item.min() != null) {
            text.setMessage(format(item.min()) + "\u2013" + format(item.max()));
        }
        return text;
    }

    /** The answers as stored: item id to the typed text or the chosen value; unanswered items left out. */
    static Map<String, String> typed(FormDefinition form, Map<String, Control> answers) {
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

    /** A score as a clinician reads it: whole numbers without a decimal, others to one place. */
    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
